// The palette as a keyboard user meets it: focus in the box, arrows move the active row
// (announced through aria-activedescendant), Enter or a click runs it, Escape closes and
// focus goes back where it was.
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CommandPalette } from '../../../../renderer/src/features/commands/CommandPalette'
import { useToast } from '../../../../renderer/src/app/toastSlice'
import { commandTable } from './fixtures'

function Harness({ table }: { table: ReturnType<typeof commandTable> }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open palette
      </button>
      {open && <CommandPalette commands={table.commands} onClose={() => setOpen(false)} />}
    </>
  )
}

async function openPalette(table = commandTable()) {
  const user = userEvent.setup()
  render(<Harness table={table} />)
  await user.click(screen.getByRole('button', { name: 'Open palette' }))
  const box = screen.getByRole('combobox', { name: 'Type a command or a view' })
  return { user, table, box }
}

const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

beforeEach(() => useToast.setState({ toast: null }))

describe('CommandPalette', () => {
  it('is a labelled modal dialog with focus in the combobox', async () => {
    const { box } = await openPalette()
    const dialog = screen.getByRole('dialog', { name: 'Command palette' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(box).toHaveFocus()
    expect(box).toHaveAttribute('aria-expanded', 'true')
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox').id)
    expect(activeOption(box)).toHaveTextContent('Go to Journal')
    expect(activeOption(box)).toHaveAttribute('aria-selected', 'true')
  })

  it('groups the options by section and shows each shortcut', async () => {
    await openPalette()
    const goTo = screen.getByRole('group', { name: 'Go to' })
    const review = within(goTo).getByRole('option', { name: /Go to Review/ })
    expect(review).toHaveTextContent('Ctrl+4')
    expect(screen.getByRole('group', { name: 'Help' })).toHaveTextContent('?')
  })

  it('moves with the arrow keys, wrapping at both ends, and runs the active row on Enter', async () => {
    const { user, box, table } = await openPalette()
    await user.keyboard('{ArrowDown}')
    expect(activeOption(box)).toHaveTextContent('Go to Readiness')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(activeOption(box)).toHaveTextContent('Show keyboard shortcuts')
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(table.actions.go).toHaveBeenCalledWith('readiness')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('filters as one types: "review" then Enter opens the Review', async () => {
    const { user, box, table } = await openPalette()
    await user.type(box, 'review')
    expect(activeOption(box)).toHaveTextContent('Go to Review')
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContain(
      'Export the review as Markdown',
    )
    await user.keyboard('{Enter}')
    expect(table.actions.go).toHaveBeenCalledWith('review')
    expect(table.actions.exportReview).not.toHaveBeenCalled()
  })

  it('runs a command on a click', async () => {
    const { user, table } = await openPalette()
    await user.click(screen.getByRole('option', { name: /New stakeholder win/ }))
    expect(table.actions.startNewEntry).toHaveBeenCalledWith({ kind: 'stakeholder-win' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('says so when nothing matches', async () => {
    const { user, box } = await openPalette()
    await user.type(box, 'zzz')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(box).not.toHaveAttribute('aria-activedescendant')
    expect(screen.getByRole('status')).toHaveTextContent('No command matches “zzz”.')
  })

  it('lists a disabled command with its reason and does not run it', async () => {
    const { user, box, table } = await openPalette()
    await user.type(box, 'lock')
    const lock = screen.getByRole('option', { name: /Lock the journal/ })
    expect(lock).toHaveAttribute('aria-disabled', 'true')
    expect(lock).toHaveTextContent('turn encryption on in Settings')
    await user.keyboard('{Enter}')
    await user.click(lock)
    expect(table.actions.lock).not.toHaveBeenCalled()
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  it('closes on Escape and gives focus back to what had it', async () => {
    const { user, table } = await openPalette()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open palette' })).toHaveFocus()
    expect(table.actions.go).not.toHaveBeenCalled()
  })

  it('keeps Tab inside the dialog', async () => {
    const { user, box } = await openPalette()
    await user.tab()
    expect(box).toHaveFocus()
    await user.tab({ shift: true })
    expect(box).toHaveFocus()
  })

  it('tells what a command reported', async () => {
    const { user, box } = await openPalette()
    await user.type(box, 'back up now{Enter}')
    await expect.poll(() => useToast.getState().toast?.message).toBe('Backed up.')
  })

  it('tells why a command failed', async () => {
    const table = commandTable()
    vi.mocked(table.actions.backUpNow).mockRejectedValueOnce(new Error('the disk is full'))
    const { user, box } = await openPalette(table)
    await user.type(box, 'back up now{Enter}')
    await expect
      .poll(() => useToast.getState().toast?.message)
      .toBe('Back up now did not work: the disk is full')
  })
})
