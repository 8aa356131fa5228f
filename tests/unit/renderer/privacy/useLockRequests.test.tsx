// Lock requests from outside the page (menu, screen lock, sleep) lock while unlocked only.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from '@testing-library/react'
import { useLockRequests } from '../../../../renderer/src/features/privacy'
import { lock, resetVault } from './vaultMock'

const platformMock = vi.hoisted(() => {
  const handlers = new Set<() => void>()
  return {
    handlers,
    platform: {
      kind: 'desktop',
      keyStore: null,
      onLockRequest: (handler: () => void) => {
        handlers.add(handler)
        return () => handlers.delete(handler)
      },
    },
  }
})

vi.mock('../../../../renderer/src/platform', () => ({ platform: platformMock.platform }))
vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))
vi.mock('../../../../renderer/src/data/settings', () => import('./settingsMock'))
vi.mock('../../../../shared/crypto', () => import('./cryptoMock'))

beforeEach(() => {
  resetVault('unlocked')
  platformMock.handlers.clear()
})

describe('useLockRequests', () => {
  it('locks on a request while enabled, and stops listening when not', () => {
    const { rerender, unmount } = renderHook(({ on }) => useLockRequests(on), {
      initialProps: { on: true },
    })
    expect(platformMock.handlers.size).toBe(1)
    for (const handler of platformMock.handlers) handler()
    expect(lock).toHaveBeenCalledTimes(1)
    rerender({ on: false })
    expect(platformMock.handlers.size).toBe(0)
    rerender({ on: true })
    unmount()
    expect(platformMock.handlers.size).toBe(0)
  })
})
