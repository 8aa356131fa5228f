// The command layer as the shell mounts it, on the real table: the shortcuts sheet, the
// lock for an encrypted journal, the theme written to settings.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CommandLayer, PaletteButton } from '../../../../renderer/src/features/commands'
import { useCommandsUi } from '../../../../renderer/src/features/commands/commandsSlice'
import { lock, resetVault } from '../privacy/vaultMock'
import { resetSettings, updateSettings } from '../privacy/settingsMock'

vi.mock('../../../../renderer/src/data/vault', () => import('../privacy/vaultMock'))
vi.mock('../../../../renderer/src/data/settings', () => import('../privacy/settingsMock'))

beforeEach(() => {
  resetVault('plain')
  resetSettings()
  useCommandsUi.setState({ open: null })
})

function setup() {
  const user = userEvent.setup()
  render(
    <>
      <PaletteButton />
      <CommandLayer />
    </>,
  )
  return user
}

async function runFromPalette(user: ReturnType<typeof userEvent.setup>, query: string) {
  await user.click(screen.getByRole('button', { name: /Commands/ }))
  await user.type(screen.getByRole('combobox'), `${query}{Enter}`)
}

describe('CommandLayer', () => {
  it('opens the palette from the sidebar button, which names its shortcut', async () => {
    const user = setup()
    const button = screen.getByRole('button', { name: 'Commands…' })
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K')
    await user.click(button)
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(button).toHaveFocus()
  })

  it('shows the shortcuts sheet from the palette, every section with its keys', async () => {
    const user = setup()
    await runFromPalette(user, 'keyboard shortcuts')
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    const text = sheet.textContent ?? ''
    for (const line of [
      'Ctrl+KOpen the command palette',
      'Ctrl+4Go to Review',
      'Ctrl+6Go to Settings',
      '/Search the journal',
      'Ctrl+SSave the entry',
      'EscClose the editor',
      '↑↓Move to the next or previous entry',
      '?Show keyboard shortcuts',
    ]) {
      expect(text).toContain(line)
    }
    // A plain journal has no lock; the sheet says when it applies.
    expect(within(sheet).getByText(/Lock the journal/)).toHaveTextContent(
      /Only an encrypted journal locks/,
    )
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Commands…' })).toHaveFocus()
  })

  it('locks an encrypted journal that is open', async () => {
    resetVault('unlocked')
    const user = setup()
    await runFromPalette(user, 'lock')
    expect(lock).toHaveBeenCalledTimes(1)
  })

  it('writes the chosen theme to the settings and offers the others', async () => {
    const user = setup()
    await runFromPalette(user, 'theme dark')
    await vi.waitFor(() => expect(updateSettings).toHaveBeenCalledWith({ theme: 'dark' }))
    await user.click(screen.getByRole('button', { name: /Commands/ }))
    await user.type(screen.getByRole('combobox'), 'theme')
    expect(screen.getByRole('option', { name: /Theme: dark/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.getByRole('option', { name: /follow the system/ })).not.toHaveAttribute(
      'aria-disabled',
    )
    act(() => useCommandsUi.getState().close())
  })
})
