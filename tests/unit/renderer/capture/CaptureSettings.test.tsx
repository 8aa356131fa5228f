// The quick-capture section of Settings, against a stand-in for the desktop that behaves
// as the main process does: a shortcut another app holds is refused and not kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CaptureSettingsPatch, CaptureState } from '../../../../shared/ipc'
import { platform } from '../../../../renderer/src/platform'
import { CaptureSettings } from '../../../../renderer/src/features/capture'

const DEFAULT = 'CommandOrControl+Shift+L'

/** The main process as the page sees it through platform.capture. */
function fakeDesktop(initial: Partial<CaptureState> = {}, taken: string[] = []) {
  let state: CaptureState = {
    captureShortcut: DEFAULT,
    captureEnabled: true,
    keepInTray: false,
    shortcutRegistered: true,
    ...initial,
  }
  const holds = new Set(taken)
  const api = {
    getSettings: vi.fn(async () => state),
    setSettings: vi.fn(async (patch: CaptureSettingsPatch) => {
      const next = { ...state, ...patch }
      const free = !holds.has(next.captureShortcut)
      if (next.captureEnabled && !free && next.captureShortcut !== state.captureShortcut) {
        next.captureShortcut = state.captureShortcut
      }
      state = {
        ...next,
        shortcutRegistered: next.captureEnabled && !holds.has(next.captureShortcut),
      }
      return state
    }),
    close: vi.fn(async () => undefined),
  }
  platform.capture = api
  return api
}

beforeEach(() => {
  platform.capture = null
})
afterEach(() => {
  platform.capture = null
  vi.restoreAllMocks()
})

async function renderDesktop(initial: Partial<CaptureState> = {}, taken: string[] = []) {
  const api = fakeDesktop(initial, taken)
  const user = userEvent.setup()
  render(<CaptureSettings />)
  const enabled = await screen.findByRole('checkbox', { name: 'Quick capture from anywhere' })
  return { api, user, enabled }
}

const changeButton = () => screen.getByRole('button', { name: /Change shortcut|Press the new/ })

describe('quick capture in Settings', () => {
  it('in a browser: says quick capture needs the desktop app, and offers no switches', () => {
    render(<CaptureSettings />)
    expect(screen.getByRole('heading', { name: 'Quick capture' })).toBeInTheDocument()
    expect(screen.getByText(/needs the Leadlog desktop app/)).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('shows the settings as the desktop has them', async () => {
    const { enabled } = await renderDesktop({ keepInTray: true })
    expect(enabled).toBeChecked()
    expect(screen.getByText('Ctrl+Shift+L')).toBeInTheDocument()
    expect(
      screen.getByRole('checkbox', {
        name: 'Keep Leadlog in the tray (menu bar) when its window is closed',
      }),
    ).toBeChecked()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says when the shortcut is taken by another app', async () => {
    await renderDesktop({ shortcutRegistered: false }, [DEFAULT])
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ctrl+Shift+L is taken by another app: choose another.',
    )
  })

  it('records a new shortcut from the keys pressed and saves it', async () => {
    const { api, user } = await renderDesktop()
    await user.click(changeButton())
    expect(changeButton()).toHaveAttribute('aria-pressed', 'true')
    await user.keyboard('{Control>}{Alt>}k{/Alt}{/Control}')
    expect(api.setSettings).toHaveBeenCalledWith({ captureShortcut: 'CommandOrControl+Alt+K' })
    expect(await screen.findByText('Ctrl+Alt+K')).toBeInTheDocument()
    expect(changeButton()).toHaveAttribute('aria-pressed', 'false')
  })

  it('a new shortcut another app holds: says so and keeps the one that works', async () => {
    const { user } = await renderDesktop({}, ['CommandOrControl+Alt+K'])
    await user.click(changeButton())
    await user.keyboard('{Control>}{Alt>}k{/Alt}{/Control}')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ctrl+Alt+K is taken by another app: choose another. Quick capture still uses Ctrl+Shift+L.',
    )
    expect(screen.getByText('Ctrl+Shift+L')).toBeInTheDocument()
  })

  it('refuses a combination without Ctrl or Alt, and Leadlog’s own shortcuts, without saving', async () => {
    const { api, user } = await renderDesktop()
    await user.click(changeButton())
    await user.keyboard('{Shift>}k{/Shift}')
    expect(screen.getByRole('alert')).toHaveTextContent(/Hold Ctrl or Alt with the key/)
    await user.keyboard('{Control>}l{/Control}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ctrl+L is Leadlog’s own shortcut for locking the journal: choose another.',
    )
    expect(api.setSettings).not.toHaveBeenCalled()
    // Still listening, until Esc.
    await user.keyboard('{Escape}')
    expect(changeButton()).toHaveAttribute('aria-pressed', 'false')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(api.setSettings).not.toHaveBeenCalled()
  })

  it('Reset puts back Ctrl+Shift+L, and is off while that is the shortcut', async () => {
    const { api, user } = await renderDesktop({ captureShortcut: 'Alt+F12' })
    const reset = screen.getByRole('button', { name: 'Reset to Ctrl+Shift+L' })
    await user.click(reset)
    expect(api.setSettings).toHaveBeenCalledWith({ captureShortcut: DEFAULT })
    await waitFor(() => expect(reset).toBeDisabled())
  })

  it('switches quick capture off and on; the shortcut cannot be changed while off', async () => {
    const { api, user, enabled } = await renderDesktop()
    await user.click(enabled)
    expect(api.setSettings).toHaveBeenCalledWith({ captureEnabled: false })
    await waitFor(() => expect(enabled).not.toBeChecked())
    expect(changeButton()).toBeDisabled()
    await user.click(enabled)
    await waitFor(() => expect(enabled).toBeChecked())
    expect(changeButton()).toBeEnabled()
  })

  it('keeps Leadlog in the tray when asked', async () => {
    const { api, user } = await renderDesktop()
    const tray = screen.getByRole('checkbox', { name: /Keep Leadlog in the tray/ })
    await user.click(tray)
    expect(api.setSettings).toHaveBeenCalledWith({ keepInTray: true })
    await waitFor(() => expect(tray).toBeChecked())
  })

  it('says when a change could not be saved, and shows what is still in effect', async () => {
    const { api, user } = await renderDesktop()
    api.setSettings.mockRejectedValueOnce(new Error('The disk is full.'))
    const tray = screen.getByRole('checkbox', { name: /Keep Leadlog in the tray/ })
    await user.click(tray)
    expect(await screen.findByRole('alert')).toHaveTextContent('Not changed: The disk is full.')
    expect(tray).not.toBeChecked()
  })

  it('says when the desktop could not be asked', async () => {
    const api = fakeDesktop()
    api.getSettings.mockRejectedValueOnce(new Error('no answer'))
    render(<CaptureSettings />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Leadlog could not read its quick-capture settings (no answer).',
    )
  })
})
