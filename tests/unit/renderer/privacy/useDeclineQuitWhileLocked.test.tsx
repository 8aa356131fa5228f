import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from '@testing-library/react'
import { platform } from '../../../../renderer/src/platform'
import { useDeclineQuitWhileLocked } from '../../../../renderer/src/features/privacy/useDeclineQuitWhileLocked'

const original = platform.backups

afterEach(() => {
  platform.backups = original
})

describe('a quit while locked', () => {
  it('is answered at once with "no backup", and only while the lock screen shows', () => {
    let quit: (() => void) | null = null
    const declineQuit = vi.fn(async () => {})
    platform.backups = {
      write: vi.fn(),
      list: vi.fn(),
      read: vi.fn(),
      chooseFolder: vi.fn(),
      onQuitRequest: (handler) => {
        quit = handler
        return () => (quit = null)
      },
      declineQuit,
    }
    const { unmount } = renderHook(() => useDeclineQuitWhileLocked())
    quit!()
    expect(declineQuit).toHaveBeenCalledTimes(1)
    unmount()
    expect(quit).toBeNull()
  })
})
