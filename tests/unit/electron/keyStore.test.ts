import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fakeSafeStorage } from './fakeElectron'
import {
  KEY_FILE_NAME,
  KeyStore,
  NO_KEYRING_REASON,
  type KeyFiles,
} from '../../../electron/keyStore'

const KEY = randomBytes(32).toString('base64')

async function store(
  options: { available?: boolean; backend?: string; platform?: NodeJS.Platform } = {},
) {
  const folder = await mkdtemp(join(tmpdir(), 'leadlog-key-'))
  const cipher = fakeSafeStorage(options)
  const keyStore = new KeyStore({ folder, cipher, platform: options.platform ?? 'linux' })
  return { folder, cipher, keyStore, path: join(folder, KEY_FILE_NAME) }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

describe('key availability', () => {
  it('is available with a real keyring on Linux, and with the OS keychain elsewhere', async () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      const { keyStore } = await store({ backend })
      await expect(keyStore.availability()).resolves.toEqual({ available: true })
    }
    for (const platform of ['darwin', 'win32'] as const) {
      // The backend is a Linux notion: elsewhere Electron answers 'unknown', which is fine.
      const { keyStore } = await store({ platform, backend: 'unknown' })
      await expect(keyStore.availability()).resolves.toEqual({ available: true })
    }
  })

  it("is not available on Linux when the only store is plain text ('basic_text', 'unknown')", async () => {
    for (const backend of ['basic_text', 'unknown']) {
      const { keyStore } = await store({ backend })
      await expect(keyStore.availability()).resolves.toEqual({
        available: false,
        reason: NO_KEYRING_REASON,
      })
    }
    expect(NO_KEYRING_REASON).toMatch(/plain text.*Type your passphrase instead\.$/)
  })

  it('is not available when the OS says encryption is not, with a reason for this OS', async () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { keyStore } = await store({ platform, available: false })
      const answer = await keyStore.availability()
      expect(answer.available).toBe(false)
      expect(answer.available ? '' : answer.reason).toMatch(/Type your passphrase instead\.$/)
    }
    const { keyStore, cipher } = await store({ platform: 'darwin' })
    cipher.isAsyncEncryptionAvailable.mockRejectedValueOnce(new Error('keychain crashed'))
    await expect(keyStore.availability()).resolves.toMatchObject({ available: false })
  })
})

describe('remembering the key', () => {
  it('remembers and recalls the key through the keychain; the file holds no plain key', async () => {
    const { keyStore, path, cipher } = await store()
    await expect(keyStore.recall()).resolves.toBeNull()
    await keyStore.remember(KEY)
    expect(cipher.encryptStringAsync).toHaveBeenCalledWith(KEY)
    const bytes = await readFile(path)
    expect(bytes.toString('utf8')).not.toContain(KEY)
    await expect(keyStore.recall()).resolves.toBe(KEY)
    // Private to this user, like the backups.
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600)
  })

  it('replaces a remembered key atomically, leaving no temp file behind', async () => {
    const { keyStore, folder } = await store()
    const other = randomBytes(32).toString('base64')
    await keyStore.remember(KEY)
    await keyStore.remember(other)
    await expect(keyStore.recall()).resolves.toBe(other)
    expect(await readdir(folder)).toEqual([KEY_FILE_NAME])
  })

  it('refuses, with the reason, when the keychain is not available, and writes nothing', async () => {
    const { keyStore, path, cipher } = await store({ backend: 'basic_text' })
    await expect(keyStore.remember(KEY)).rejects.toThrow(NO_KEYRING_REASON)
    const unavailable = await store({ platform: 'darwin', available: false })
    await expect(unavailable.keyStore.remember(KEY)).rejects.toThrow(/Keychain/)
    expect(cipher.encryptStringAsync).not.toHaveBeenCalled()
    expect(await exists(path)).toBe(false)
    expect(await exists(unavailable.path)).toBe(false)
  })

  it.each([
    ['too short', randomBytes(31).toString('base64')],
    ['too long', randomBytes(33).toString('base64')],
    ['not base64', `${'!'.repeat(43)}=`],
    ['url-safe base64', 'A-_' + KEY.slice(3)],
    ['empty', ''],
  ])('refuses a key that is %s, before the keychain sees it', async (_what, bad) => {
    const { keyStore, path, cipher } = await store()
    await expect(keyStore.remember(bad)).rejects.toThrow(/exactly 32 bytes/)
    expect(cipher.encryptStringAsync).not.toHaveBeenCalled()
    expect(await exists(path)).toBe(false)
  })

  it('recalls nothing, and deletes the file, when it no longer decrypts (the keychain changed)', async () => {
    const { keyStore, path, cipher } = await store()
    await keyStore.remember(KEY)
    cipher.state.keychain = 'reset'
    await expect(keyStore.recall()).resolves.toBeNull()
    expect(await exists(path)).toBe(false)
    // Not tried again: there is nothing left to try.
    await expect(keyStore.recall()).resolves.toBeNull()
    expect(cipher.decryptStringAsync).toHaveBeenCalledTimes(1)
  })

  it('deletes a damaged file, and one that decrypts to something other than a key', async () => {
    const { keyStore, path, cipher } = await store()
    await writeFile(path, Buffer.from('damaged'))
    await expect(keyStore.recall()).resolves.toBeNull()
    expect(await exists(path)).toBe(false)
    await writeFile(path, await cipher.encryptStringAsync('not a key'))
    await expect(keyStore.recall()).resolves.toBeNull()
    expect(await exists(path)).toBe(false)
  })

  it('keeps the file while the keychain is unavailable: it may come back', async () => {
    const { keyStore, path, cipher } = await store()
    await keyStore.remember(KEY)
    cipher.state.available = false
    await expect(keyStore.recall()).resolves.toBeNull()
    expect(await exists(path)).toBe(true)
    cipher.state.available = true
    await expect(keyStore.recall()).resolves.toBe(KEY)
  })

  it('stores the key again when the OS rotated its own key', async () => {
    const { keyStore, cipher } = await store()
    await keyStore.remember(KEY)
    cipher.state.shouldReEncrypt = true
    await expect(keyStore.recall()).resolves.toBe(KEY)
    expect(cipher.encryptStringAsync).toHaveBeenCalledTimes(2)
    cipher.state.shouldReEncrypt = false
    await expect(keyStore.recall()).resolves.toBe(KEY)
  })

  it('forgets: deletes the file, and forgetting twice is fine', async () => {
    const { keyStore, path } = await store()
    await keyStore.remember(KEY)
    await keyStore.forget()
    expect(await exists(path)).toBe(false)
    await expect(keyStore.forget()).resolves.toBeUndefined()
    await expect(keyStore.recall()).resolves.toBeNull()
  })

  it('runs one operation at a time, in the order asked', async () => {
    const { keyStore } = await store()
    const remembered = keyStore.remember(KEY)
    const forgotten = keyStore.forget()
    const recalled = keyStore.recall()
    await Promise.all([remembered, forgotten])
    await expect(recalled).resolves.toBeNull()
  })

  it('goes through the injected file system', async () => {
    const saved = new Map<string, Buffer>()
    const files: KeyFiles = {
      read: vi.fn(async (path: string) => saved.get(path) ?? null),
      write: vi.fn(async (path: string, data: Buffer) => void saved.set(path, data)),
      remove: vi.fn(async (path: string) => void saved.delete(path)),
    }
    const keyStore = new KeyStore({
      folder: '/nowhere/userData',
      cipher: fakeSafeStorage(),
      platform: 'win32',
      files,
    })
    expect(keyStore.path).toBe(join('/nowhere/userData', 'vault-key.bin'))
    await keyStore.remember(KEY)
    expect(files.write).toHaveBeenCalledWith(keyStore.path, expect.any(Buffer))
    await expect(keyStore.recall()).resolves.toBe(KEY)
    await keyStore.forget()
    expect(saved.size).toBe(0)
    // A file that cannot be read (permissions) is no key, and is left alone.
    vi.mocked(files.read).mockRejectedValueOnce(
      Object.assign(new Error('EACCES'), { code: 'EACCES' }),
    )
    await expect(keyStore.recall()).resolves.toBeNull()
    expect(files.remove).toHaveBeenCalledTimes(1)
  })
})
