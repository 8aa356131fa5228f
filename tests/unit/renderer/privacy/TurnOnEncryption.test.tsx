// Turning encryption on: the passphrase rules, the recovery key shown once and confirmed
// as saved before anything is sealed, progress while it runs and a refusal kept in view.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PrivacySettings } from '../../../../renderer/src/features/privacy'
import type { ConvertProgress } from '../../../../renderer/src/data/vault'
import { RECOVERY_KEY } from './cryptoMock'
import { resetSettings } from './settingsMock'
import { resetVault, turnOnEncryption, useVault, VaultError } from './vaultMock'

vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))
vi.mock('../../../../renderer/src/data/settings', () => import('./settingsMock'))
vi.mock('../../../../shared/crypto', () => import('./cryptoMock'))
vi.mock('../../../../renderer/src/features/privacy/strength', () => import('./strengthMock'))

const STRONG = 'violet anchor tundra mosaic'

beforeEach(() => {
  resetVault('plain')
  resetSettings()
})

async function openForm() {
  const user = userEvent.setup()
  render(<PrivacySettings />)
  expect(screen.getByRole('heading', { name: 'Privacy' })).toBeInTheDocument()
  expect(screen.getByText(/If you forget both your passphrase and your recovery key/))
  await user.click(screen.getByRole('button', { name: 'Turn on encryption…' }))
  const passphrase = screen.getByLabelText('Passphrase')
  const repeat = screen.getByLabelText('Repeat passphrase')
  const next = screen.getByRole('button', { name: 'Continue' })
  return { user, passphrase, repeat, next }
}

describe('Turning encryption on', () => {
  it('asks for 10 characters, beside the field, before going on', async () => {
    const { user, passphrase, repeat, next } = await openForm()
    expect(passphrase).toHaveFocus()
    expect(passphrase).toHaveAttribute('type', 'password')
    await user.type(passphrase, 'short')
    await user.type(repeat, 'short')
    expect(passphrase).toHaveAccessibleDescription(/Use at least 10 characters \(5 so far\)\./)
    expect(passphrase).toHaveAttribute('aria-invalid', 'true')
    expect(next).toBeDisabled()
  })

  it('refuses a weak passphrase with the meter, its words and its advice', async () => {
    const { user, passphrase, repeat, next } = await openForm()
    await user.type(passphrase, 'weakpassword1')
    await user.type(repeat, 'weakpassword1')
    const meter = screen.getByRole('meter', { name: 'Passphrase strength' })
    expect(meter).toHaveAttribute('aria-valuenow', '1')
    expect(meter).toHaveAttribute('aria-valuetext', 'Weak')
    expect(screen.getByText('This is similar to a commonly used password.')).toBeInTheDocument()
    expect(passphrase).toHaveAccessibleDescription(/This is too easy to guess/)
    expect(next).toBeDisabled()
  })

  it('says when the repeat differs', async () => {
    const { user, passphrase, repeat, next } = await openForm()
    await user.type(passphrase, STRONG)
    await user.type(repeat, `${STRONG}x`)
    expect(repeat).toHaveAccessibleDescription('The two passphrases are not the same.')
    expect(next).toBeDisabled()
  })

  it('shows and hides what is typed', async () => {
    const { user, passphrase } = await openForm()
    const [toggle] = screen.getAllByRole('button', { name: 'Show' })
    expect(toggle).toHaveAttribute('aria-controls', passphrase.id)
    await user.click(toggle!)
    expect(passphrase).toHaveAttribute('type', 'text')
    expect(toggle).toHaveAccessibleName('Hide')
    await user.click(toggle!)
    expect(passphrase).toHaveAttribute('type', 'password')
    expect(screen.getByLabelText('Repeat passphrase')).toHaveAttribute('type', 'password')
  })

  it('goes on with a strong passphrase, then asks to save the recovery key before encrypting', async () => {
    const { user, passphrase, repeat, next } = await openForm()
    await user.type(passphrase, STRONG)
    await user.type(repeat, STRONG)
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', 'Very strong')
    expect(next).toBeEnabled()
    await user.click(next)

    expect(screen.getByRole('heading', { name: 'Your recovery key' })).toHaveFocus()
    expect(screen.getByText(RECOVERY_KEY)).toHaveClass('recovery-key')
    const encrypt = screen.getByRole('button', { name: 'Encrypt my journal' })
    expect(encrypt).toBeDisabled()
    await user.click(encrypt)
    expect(turnOnEncryption).not.toHaveBeenCalled()

    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenCalledWith(RECOVERY_KEY)
    expect(await screen.findByText(/^Copied\./)).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'I have saved my recovery key' }))
    expect(encrypt).toBeEnabled()
  })

  it('encrypts with progress and a disabled form, then confirms', async () => {
    let report!: (p: ConvertProgress) => void
    let finish!: () => void
    turnOnEncryption.mockImplementation((_p, _k, onProgress) => {
      report = onProgress!
      return new Promise<void>((resolve) => (finish = resolve))
    })
    const { user, passphrase, repeat, next } = await openForm()
    await user.type(passphrase, STRONG)
    await user.type(repeat, STRONG)
    await user.click(next)
    await user.click(screen.getByRole('checkbox', { name: 'I have saved my recovery key' }))
    await user.click(screen.getByRole('button', { name: 'Encrypt my journal' }))

    expect(turnOnEncryption).toHaveBeenCalledWith(STRONG, RECOVERY_KEY, expect.any(Function))
    // Making the keys has no count yet: the bar is indeterminate.
    const keys = screen.getByRole('progressbar', { name: 'Making your keys…' })
    expect(keys).not.toHaveAttribute('value')
    expect(screen.getByRole('button', { name: 'Encrypt my journal' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled()

    act(() => report({ step: 'Encrypting', done: 500, total: 1200 }))
    const bar = screen.getByRole('progressbar', { name: 'Encrypting: 500 of 1,200 records' })
    expect(bar).toHaveAttribute('value', '500')
    expect(bar).toHaveAttribute('max', '1200')

    // The journal is unlocked before the task ends: the flow stays until it does.
    act(() => useVault.setState({ status: 'unlocked' }))
    expect(screen.getByRole('progressbar')).toBeInTheDocument()
    await act(async () => finish())

    expect(screen.getByText('Your journal is encrypted on this computer.')).toBeInTheDocument()
    const section = screen.getByRole('region', { name: 'Privacy' })
    expect(within(section).getAllByRole('status').at(-1)).toHaveTextContent(
      /^Your journal is now encrypted\./,
    )
    expect(screen.queryByText(RECOVERY_KEY)).toBeNull()
    expect(screen.getByRole('heading', { name: 'Privacy' })).toHaveFocus()
  })

  it('shows a refusal as an alert and keeps the form as it was', async () => {
    turnOnEncryption.mockRejectedValue(
      new VaultError('Nothing was changed: the disk is full. Your journal is exactly as it was.'),
    )
    const { user, passphrase, repeat, next } = await openForm()
    await user.type(passphrase, STRONG)
    await user.type(repeat, STRONG)
    await user.click(next)
    await user.click(screen.getByRole('checkbox', { name: 'I have saved my recovery key' }))
    await user.click(screen.getByRole('button', { name: 'Encrypt my journal' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Nothing was changed: the disk is full.')
    expect(alert).toHaveFocus()
    expect(screen.getByText(RECOVERY_KEY)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'I have saved my recovery key' })).toBeChecked()
    expect(screen.getByRole('button', { name: 'Encrypt my journal' })).toBeEnabled()
    expect(screen.queryByRole('progressbar')).toBeNull()
  })

  it('keeps the same recovery key when going back to the passphrase', async () => {
    const { user, passphrase, repeat, next } = await openForm()
    await user.type(passphrase, STRONG)
    await user.type(repeat, STRONG)
    await user.click(next)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByLabelText('Passphrase')).toHaveValue(STRONG)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByText(RECOVERY_KEY)).toBeInTheDocument()
  })
})
