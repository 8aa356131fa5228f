// The command layer's keys: "?" and "/" are characters when typing, commands otherwise;
// Ctrl+K works everywhere; none of them acts over another dialog.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { useCommandsUi } from '../../../../renderer/src/features/commands/commandsSlice'
import { useCommandKeys } from '../../../../renderer/src/features/commands/useCommandKeys'
import { isTypingTarget } from '../../../../renderer/src/features/commands/keys'

function Page({ withDialog = false }: { withDialog?: boolean }) {
  useCommandKeys()
  return (
    <>
      <button type="button">A button</button>
      <input aria-label="Title" />
      <input aria-label="Done" type="checkbox" />
      <textarea aria-label="Notes" />
      <select aria-label="Kind">
        <option>One</option>
      </select>
      <div aria-label="Rich" contentEditable suppressContentEditableWarning />
      {withDialog && (
        <div role="alertdialog" aria-modal="true" aria-label="Discard changes?">
          <button type="button">Keep editing</button>
        </div>
      )}
    </>
  )
}

beforeEach(() => {
  useCommandsUi.setState({ open: null })
  useNavigation.setState({ view: 'review', searchFocus: 0 })
})
afterEach(() => useCommandsUi.setState({ open: null }))

describe('the command keys', () => {
  it('"?" opens the shortcuts sheet and "/" asks the journal to focus its search', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'A button' }))
    await user.keyboard('?')
    expect(useCommandsUi.getState().open).toBe('shortcuts')
    useCommandsUi.setState({ open: null })
    await user.keyboard('/')
    expect(useNavigation.getState()).toMatchObject({ view: 'journal', searchFocus: 1 })
  })

  it.each(['Title', 'Notes', 'Kind', 'Rich'])('types "?" and "/" in %s', async (name) => {
    const user = userEvent.setup()
    render(<Page />)
    const field = screen.getByLabelText(name)
    await user.click(field)
    await user.keyboard('?/')
    expect(useCommandsUi.getState().open).toBeNull()
    expect(useNavigation.getState()).toMatchObject({ view: 'review', searchFocus: 0 })
    if (name === 'Title' || name === 'Notes') expect(field).toHaveValue('?/')
  })

  it('treats a checkbox as no text field', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByLabelText('Done'))
    await user.keyboard('/')
    expect(useNavigation.getState().searchFocus).toBe(1)
  })

  it('opens and closes the palette with Ctrl+K, also from a text field', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByLabelText('Notes'))
    await user.keyboard('{Control>}k{/Control}')
    expect(useCommandsUi.getState().open).toBe('palette')
    await user.keyboard('{Control>}k{/Control}')
    expect(useCommandsUi.getState().open).toBeNull()
    // From the shortcuts sheet, Ctrl+K goes on to the palette.
    useCommandsUi.setState({ open: 'shortcuts' })
    await user.keyboard('{Meta>}k{/Meta}')
    expect(useCommandsUi.getState().open).toBe('palette')
  })

  it('does nothing over another dialog', async () => {
    const user = userEvent.setup()
    render(<Page withDialog />)
    await user.click(screen.getByRole('button', { name: 'Keep editing' }))
    await user.keyboard('?/{Control>}k{/Control}')
    expect(useCommandsUi.getState().open).toBeNull()
    expect(useNavigation.getState().searchFocus).toBe(0)
  })

  it('leaves "?" and "/" with a modifier alone', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'A button' }))
    await user.keyboard('{Control>}/{/Control}{Alt>}?{/Alt}')
    expect(useCommandsUi.getState().open).toBeNull()
    expect(useNavigation.getState().searchFocus).toBe(0)
  })
})

describe('isTypingTarget', () => {
  it('knows text fields from other controls', () => {
    const make = (html: string) => {
      const host = document.createElement('div')
      host.innerHTML = html
      return host.firstElementChild
    }
    expect(isTypingTarget(make('<input type="search">'))).toBe(true)
    expect(isTypingTarget(make('<input type="radio">'))).toBe(false)
    expect(isTypingTarget(make('<div role="combobox"></div>'))).toBe(true)
    expect(isTypingTarget(make('<button></button>'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})
