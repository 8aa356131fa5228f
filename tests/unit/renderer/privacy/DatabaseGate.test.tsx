// The gate: after the database opens it reads the vault, then shows the journal when it is
// plain or unlocked, and only the lock screen when it is locked, at start or at any time.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { DatabaseGate } from '../../../../renderer/src/app/DatabaseGate'
import { openVault, resetVault, useVault } from './vaultMock'
import { resetSettings } from './settingsMock'

vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))
vi.mock('../../../../renderer/src/data/settings', () => import('./settingsMock'))
vi.mock('../../../../shared/crypto', () => import('./cryptoMock'))
vi.mock('../../../../renderer/src/data/openJournal', () => ({
  openJournal: vi.fn(async () => undefined),
}))

beforeEach(() => {
  resetVault('unknown')
  resetSettings()
})

function renderGate() {
  return render(
    <DatabaseGate>
      <p>The journal</p>
    </DatabaseGate>,
  )
}

describe('DatabaseGate', () => {
  it('shows only the lock screen when the journal is locked', async () => {
    openVault.mockImplementation(async () => useVault.setState({ status: 'locked' }))
    renderGate()
    expect(screen.getByRole('status')).toHaveTextContent('Opening your journal…')
    expect(
      await screen.findByRole('heading', { name: 'Your journal is locked' }),
    ).toBeInTheDocument()
    expect(openVault).toHaveBeenCalled()
    expect(screen.queryByText('The journal')).toBeNull()
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeInTheDocument()
  })

  it('shows the journal when it is plain', async () => {
    openVault.mockImplementation(async () => useVault.setState({ status: 'plain' }))
    renderGate()
    expect(await screen.findByText('The journal')).toBeInTheDocument()
  })

  it('swaps the journal for the lock screen when it locks, and back when it unlocks', async () => {
    openVault.mockImplementation(async () => useVault.setState({ status: 'unlocked' }))
    renderGate()
    expect(await screen.findByText('The journal')).toBeInTheDocument()
    act(() => useVault.setState({ status: 'locked' }))
    expect(screen.queryByText('The journal')).toBeNull()
    expect(screen.getByLabelText('Passphrase')).toHaveFocus()
    act(() => useVault.setState({ status: 'unlocked' }))
    expect(screen.getByText('The journal')).toBeInTheDocument()
  })

  it('says so when the vault cannot be read', async () => {
    openVault.mockRejectedValue(new Error('storage refused'))
    renderGate()
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage refused/)
    expect(screen.queryByText('The journal')).toBeNull()
  })
})
