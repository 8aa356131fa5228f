// Persistent storage is asked for once per start, and Settings shows the answer and usage.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen } from '@testing-library/react'

configure({ asyncUtilTimeout: 5000 })

function fakeStorage(granted: boolean) {
  let persisted = false
  const storage = {
    persist: vi.fn(async () => (persisted = granted)),
    persisted: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2048 * 1024 * 1024 })),
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  return storage
}

afterEach(() => {
  Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true })
  vi.resetModules()
})

describe('persistent storage', () => {
  it('is requested once, however many times the start-up code asks', async () => {
    const storage = fakeStorage(true)
    const { requestPersistentStorage } = await import('../../../../renderer/src/data/storage')
    expect(await Promise.all([requestPersistentStorage(), requestPersistentStorage()])).toEqual([
      true,
      true,
    ])
    expect(await requestPersistentStorage()).toBe(true)
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('is not requested again when already granted', async () => {
    const storage = fakeStorage(true)
    storage.persisted.mockResolvedValueOnce(true)
    const { requestPersistentStorage } = await import('../../../../renderer/src/data/storage')
    expect(await requestPersistentStorage()).toBe(true)
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it('answers null where the browser has no StorageManager', async () => {
    const { requestPersistentStorage, readStorageState } =
      await import('../../../../renderer/src/data/storage')
    expect(await requestPersistentStorage()).toBeNull()
    expect(await readStorageState()).toEqual({ persisted: null, usage: null, quota: null })
  })

  it('Settings shows whether it was granted and the space used', async () => {
    fakeStorage(true)
    const { StorageStatus } = await import('../../../../renderer/src/features/backup/StorageStatus')
    render(<StorageStatus />)
    expect(await screen.findByText('granted')).toBeInTheDocument()
    expect(screen.getByText('Using 3 MB of the 2,048 MB available.')).toBeInTheDocument()
  })

  it('Settings explains a refusal', async () => {
    fakeStorage(false)
    const { StorageStatus } = await import('../../../../renderer/src/features/backup/StorageStatus')
    render(<StorageStatus />)
    expect(await screen.findByText('not granted')).toBeInTheDocument()
    expect(
      screen.getByText(/The browser may clear the journal when the disk runs low/),
    ).toBeInTheDocument()
  })
})
