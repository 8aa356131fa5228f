// The lock screen: the passphrase (or recovery key) opens the journal; a wrong one says so
// and keeps the input ready; too many wrong ones make the next try wait, counted down.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LockScreen } from '../../../../renderer/src/features/privacy/LockScreen'
import { resetVault, unlock, unlockWaitMs } from './vaultMock'

vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))

beforeEach(() => resetVault('locked'))
afterEach(() => vi.useRealTimers())

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('LockScreen', () => {
  it('shows nothing but the app, the locked state, the passphrase and Unlock', () => {
    render(<LockScreen />)
    expect(screen.getByRole('heading', { name: 'Your journal is locked' })).toBeInTheDocument()
    const input = screen.getByLabelText('Passphrase')
    expect(input).toHaveAttribute('type', 'password')
    expect(input).toHaveFocus()
    expect(input).toHaveAccessibleDescription(/or your recovery key/)
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled()
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('unlocks with what was typed, on Enter, and says it is unlocking meanwhile', async () => {
    const user = userEvent.setup()
    const pending = deferred<{ ok: true }>()
    unlock.mockReturnValue(pending.promise)
    render(<LockScreen />)
    await user.type(screen.getByLabelText('Passphrase'), 'violet anchor tundra mosaic{Enter}')
    expect(unlock).toHaveBeenCalledWith('violet anchor tundra mosaic')
    expect(screen.getByRole('status')).toHaveTextContent('Unlocking…')
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled()
    await act(async () => pending.resolve({ ok: true }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says a wrong secret is not right, keeps focus in the input and selects it', async () => {
    const user = userEvent.setup()
    unlock.mockResolvedValue({ ok: false, reason: 'wrong', waitMs: 0 })
    render(<LockScreen />)
    const input = screen.getByLabelText<HTMLInputElement>('Passphrase')
    await user.type(input, 'not my passphrase')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That passphrase or recovery key is not right.',
    )
    expect(input).toHaveFocus()
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length])
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled()
    expect(screen.queryByText(/Too many tries/)).toBeNull()
  })

  it('counts down the wait after too many tries and allows Unlock only when it ends', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-14T09:00:00Z') })
    unlock.mockResolvedValue({ ok: false, reason: 'wrong', waitMs: 12_000 })
    render(<LockScreen />)
    const input = screen.getByLabelText('Passphrase')
    fireEvent.change(input, { target: { value: 'guess four' } })
    await act(async () => {
      fireEvent.submit(input.closest('form')!)
    })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That passphrase or recovery key is not right.',
    )
    expect(screen.getByRole('timer')).toHaveTextContent('Too many tries: try again in 12 s')
    const button = screen.getByRole('button', { name: 'Unlock' })
    expect(button).toBeDisabled()

    await act(async () => vi.advanceTimersByTime(1000))
    expect(screen.getByRole('timer')).toHaveTextContent('try again in 11 s')
    // Enter during the wait tries nothing.
    await act(async () => {
      fireEvent.submit(input.closest('form')!)
    })
    expect(unlock).toHaveBeenCalledTimes(1)

    await act(async () => vi.advanceTimersByTime(11_000))
    expect(screen.queryByRole('timer')).toBeNull()
    expect(button).toBeEnabled()
  })

  it('keeps counting a wait that began before the page was reloaded', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-14T09:00:00Z') })
    unlockWaitMs.mockReturnValue(4_500)
    render(<LockScreen />)
    expect(screen.getByRole('timer')).toHaveTextContent('Too many tries: try again in 5 s')
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled()
    await act(async () => vi.advanceTimersByTime(4_500))
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled()
  })

  it('starts the countdown when the vault answers that the try must wait', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-14T09:00:00Z') })
    unlock.mockResolvedValue({ ok: false, reason: 'wait', waitMs: 20_000 })
    render(<LockScreen />)
    const input = screen.getByLabelText('Passphrase')
    fireEvent.change(input, { target: { value: 'anything at all' } })
    await act(async () => {
      fireEvent.submit(input.closest('form')!)
    })
    expect(screen.getByRole('timer')).toHaveTextContent('try again in 20 s')
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
