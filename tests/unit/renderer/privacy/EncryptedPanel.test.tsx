// Settings → Privacy for an encrypted journal: lock now, lock after, unlocking with this
// computer's keychain, a new passphrase and turning encryption off.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { isLockShortcut, PrivacySettings } from '../../../../renderer/src/features/privacy'
import type { ConvertProgress } from '../../../../renderer/src/data/vault'
import { resetSettings, updateSettings } from './settingsMock'
import {
  changePassphrase,
  lock,
  isRememberedOnThisComputer,
  rememberUnavailableReason,
  resetVault,
  setRememberOnThisComputer,
  turnOffEncryption,
  useVault,
  VaultError,
} from './vaultMock'

vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))
vi.mock('../../../../renderer/src/data/settings', () => import('./settingsMock'))
vi.mock('../../../../shared/crypto', () => import('./cryptoMock'))
vi.mock('../../../../renderer/src/features/privacy/strength', () => import('./strengthMock'))

beforeEach(() => {
  resetVault('unlocked')
  resetSettings()
})

describe('Privacy settings for an encrypted journal', () => {
  it('says the journal is encrypted and locks now, with the shortcut shown', async () => {
    const user = userEvent.setup()
    render(<PrivacySettings />)
    expect(screen.getByText('Your journal is encrypted on this computer.')).toBeInTheDocument()
    const lockNow = screen.getByRole('button', { name: 'Lock now' })
    expect(lockNow).toHaveTextContent(/Lock now (Ctrl\+L|⌘L)/)
    expect(lockNow).toHaveAttribute('aria-keyshortcuts')
    await user.click(lockNow)
    expect(lock).toHaveBeenCalledTimes(1)
  })

  it('binds "Lock after" to the settings', async () => {
    const user = userEvent.setup()
    render(<PrivacySettings />)
    const select = screen.getByRole('combobox', { name: 'Lock after' })
    expect(select).toHaveValue('15')
    expect(
      screen.getAllByRole('option').map((o) => [o.textContent, (o as HTMLOptionElement).value]),
    ).toEqual([
      ['1 minute', '1'],
      ['5 minutes', '5'],
      ['15 minutes', '15'],
      ['30 minutes', '30'],
      ['1 hour', '60'],
      ['Never', '0'],
    ])
    await user.selectOptions(select, 'Never')
    expect(updateSettings).toHaveBeenCalledWith({ autoLockMinutes: 0 })
    expect(select).toHaveValue('0')
  })

  it('offers to unlock automatically where the keychain can, and remembers on request', async () => {
    const user = userEvent.setup()
    render(<PrivacySettings />)
    const box = screen.getByRole('checkbox', { name: 'Unlock automatically on this computer' })
    await vi.waitFor(() => expect(box).toBeEnabled())
    expect(box).not.toBeChecked()
    await user.click(box)
    expect(setRememberOnThisComputer).toHaveBeenCalledWith(true)
    expect(box).toBeChecked()
  })

  it('shows why it cannot unlock automatically, with the box off', async () => {
    rememberUnavailableReason.mockResolvedValue(
      'Only the desktop app can unlock by itself; the browser has no keychain.',
    )
    render(<PrivacySettings />)
    const box = screen.getByRole('checkbox', { name: 'Unlock automatically on this computer' })
    await vi.waitFor(() =>
      expect(box).toHaveAccessibleDescription(
        'Only the desktop app can unlock by itself; the browser has no keychain.',
      ),
    )
    expect(box).toBeDisabled()
    expect(isRememberedOnThisComputer).not.toHaveBeenCalled()
  })

  it('shows a refusal to remember, and leaves the box as it was', async () => {
    const user = userEvent.setup()
    setRememberOnThisComputer.mockRejectedValue(
      new VaultError('The keychain is locked: unlock it and try again.'),
    )
    render(<PrivacySettings />)
    const box = screen.getByRole('checkbox', { name: 'Unlock automatically on this computer' })
    await vi.waitFor(() => expect(box).toBeEnabled())
    await user.click(box)
    expect(await screen.findByRole('alert')).toHaveTextContent('The keychain is locked')
    expect(box).not.toBeChecked()
  })

  it('changes the passphrase after the current one, under the same rules', async () => {
    const user = userEvent.setup()
    render(<PrivacySettings />)
    await user.click(screen.getByRole('button', { name: 'Change passphrase…' }))
    const submit = screen.getByRole('button', { name: 'Change passphrase' })
    expect(screen.getByLabelText('Current passphrase')).toHaveFocus()
    await user.type(screen.getByLabelText('Current passphrase'), 'violet anchor tundra mosaic')
    await user.type(screen.getByLabelText('New passphrase'), 'weak one two')
    await user.type(screen.getByLabelText('Repeat new passphrase'), 'weak one two')
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', 'Weak')
    expect(submit).toBeDisabled()

    await user.clear(screen.getByLabelText('New passphrase'))
    await user.clear(screen.getByLabelText('Repeat new passphrase'))
    await user.type(screen.getByLabelText('New passphrase'), 'copper lantern orbit fjord')
    await user.type(screen.getByLabelText('Repeat new passphrase'), 'copper lantern orbit fjord')
    await user.click(submit)
    expect(changePassphrase).toHaveBeenCalledWith(
      'violet anchor tundra mosaic',
      'copper lantern orbit fjord',
    )
    expect(await screen.findByText(/^Your passphrase has been changed\./)).toBeInTheDocument()
  })

  it('turns encryption off after the passphrase, with progress, or says it is not right', async () => {
    const user = userEvent.setup()
    turnOffEncryption.mockRejectedValueOnce(
      new VaultError('That passphrase is not right. Nothing was changed.'),
    )
    render(<PrivacySettings />)
    await user.click(screen.getByRole('button', { name: 'Turn off encryption…' }))
    expect(screen.getByText(/stored in plain text on this computer again/)).toBeInTheDocument()
    const secret = screen.getByLabelText('Passphrase or recovery key')
    await user.type(secret, 'not it')
    await user.click(screen.getByRole('button', { name: 'Turn off encryption' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That passphrase is not right. Nothing was changed.',
    )

    let report!: (p: ConvertProgress) => void
    let finish!: () => void
    turnOffEncryption.mockImplementation((_secret, onProgress) => {
      report = onProgress!
      return new Promise<void>((resolve) => (finish = resolve))
    })
    await user.clear(secret)
    await user.type(secret, 'violet anchor tundra mosaic')
    await user.click(screen.getByRole('button', { name: 'Turn off encryption' }))
    expect(screen.getByRole('progressbar', { name: 'Checking your passphrase…' })).toBeTruthy()
    act(() => report({ step: 'Decrypting', done: 3, total: 4 }))
    expect(screen.getByRole('progressbar', { name: 'Decrypting: 3 of 4 records' })).toBeTruthy()
    await act(async () => {
      useVault.setState({ status: 'plain' })
      finish()
    })
    expect(screen.getByRole('button', { name: 'Turn on encryption…' })).toBeInTheDocument()
    expect(screen.getByText(/^Encryption is off\./)).toBeInTheDocument()
  })
})

describe('isLockShortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init)
  it('is Ctrl or Cmd with L alone', () => {
    expect(isLockShortcut(key({ key: 'l', ctrlKey: true }))).toBe(true)
    expect(isLockShortcut(key({ key: 'L', metaKey: true }))).toBe(true)
    expect(isLockShortcut(key({ key: 'l' }))).toBe(false)
    expect(isLockShortcut(key({ key: 'l', ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isLockShortcut(key({ key: '1', ctrlKey: true }))).toBe(false)
  })
})
