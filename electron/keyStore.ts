// Remembers the journal's key on this computer, so Leadlog can unlock without the
// passphrase. The key is encrypted by the operating system (Electron's safeStorage: the
// Keychain on macOS, DPAPI on Windows, GNOME Keyring or KWallet on Linux) and kept in one
// file in userData. Where the "encryption" would only be a fixed password (Linux with no
// keyring), Leadlog says so and remembers nothing.
import { promises as fs } from 'node:fs'
import { dirname, join } from 'node:path'
import { keyBase64Schema, type KeyAvailability } from '../shared/ipc'
import { writeFileAtomic } from './atomicWrite'

export const KEY_FILE_NAME = 'vault-key.bin'
/** A remembered key is under 200 bytes; anything much larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024

/**
 * The part of Electron's safeStorage used here. The asynchronous calls: the synchronous
 * ones are deprecated in Electron 45 and removed in 46, and both read the same bytes.
 */
export interface KeyCipher {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  getSelectedStorageBackend(): string
}

/** The file system as the key store uses it. */
export interface KeyFiles {
  /** The file's bytes; null when there is no file. */
  read(path: string): Promise<Buffer | null>
  /** Replaces the file atomically, readable by this user only. */
  write(path: string, data: Buffer): Promise<void>
  /** Deletes the file; no error when it is already gone. */
  remove(path: string): Promise<void>
}

export const nodeKeyFiles: KeyFiles = {
  read: (path) =>
    fs.readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    }),
  write: async (path, data) => {
    await fs.mkdir(dirname(path), { recursive: true })
    await writeFileAtomic(path, data, { mode: 0o600 })
  },
  remove: (path) => fs.rm(path, { force: true }),
}

/** Linux backends that are a hard-coded password, not a keyring (unknown: before ready). */
const PLAIN_TEXT_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown'])

export const NO_KEYRING_REASON =
  'This computer has no keyring Leadlog can use (Linux without GNOME Keyring or KWallet), ' +
  'so the key would be kept in plain text. Type your passphrase instead.'

const INSTEAD = 'so it cannot keep the key safely on this computer. Type your passphrase instead.'

function unavailableReason(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'linux':
      return NO_KEYRING_REASON
    case 'darwin':
      return `Leadlog cannot use the macOS Keychain, ${INSTEAD}`
    case 'win32':
      return `Windows data protection is not available to Leadlog, ${INSTEAD}`
    default:
      return `This computer's keychain is not available to Leadlog, ${INSTEAD}`
  }
}

export interface KeyStoreOptions {
  /** userData: the key file lives next to the desktop settings. */
  folder: string
  cipher: KeyCipher
  platform?: NodeJS.Platform
  files?: KeyFiles
}

/** One store per app run; its file operations run one at a time, in the order asked. */
export class KeyStore {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly cipher: KeyCipher
  private readonly platform: NodeJS.Platform
  private readonly files: KeyFiles

  constructor(private readonly options: KeyStoreOptions) {
    this.cipher = options.cipher
    this.platform = options.platform ?? process.platform
    this.files = options.files ?? nodeKeyFiles
  }

  get path(): string {
    return join(this.options.folder, KEY_FILE_NAME)
  }

  async availability(): Promise<KeyAvailability> {
    const available = await this.cipher.isAsyncEncryptionAvailable().catch(() => false)
    const plainText =
      this.platform === 'linux' && PLAIN_TEXT_BACKENDS.has(this.cipher.getSelectedStorageBackend())
    return available && !plainText
      ? { available: true }
      : { available: false, reason: unavailableReason(this.platform) }
  }

  /** Encrypts the key with the OS keychain and keeps it; refuses with the reason when it cannot. */
  remember(keyBase64: string): Promise<void> {
    return this.serial(async () => {
      if (!keyBase64Schema.safeParse(keyBase64).success) {
        throw new Error('Leadlog can only remember a key of exactly 32 bytes, in base64.')
      }
      const availability = await this.availability()
      if (!availability.available) throw new Error(availability.reason)
      await this.files.write(this.path, await this.cipher.encryptStringAsync(keyBase64))
    })
  }

  /**
   * The remembered key, or null. A file that no longer decrypts to a key (the keychain was
   * reset, the file was damaged) is deleted, so it is not tried again at every start. While
   * the keychain itself is unavailable the file is kept: it may well come back.
   */
  recall(): Promise<string | null> {
    return this.serial(async () => {
      const encrypted = await this.files.read(this.path).catch(() => null)
      if (!encrypted) return null
      if (!(await this.availability()).available) return null
      const decrypted =
        encrypted.length <= MAX_KEY_FILE_BYTES
          ? await this.cipher.decryptStringAsync(encrypted).catch(() => null)
          : null
      if (!decrypted || !keyBase64Schema.safeParse(decrypted.result).success) {
        await this.files.remove(this.path).catch(() => undefined)
        return null
      }
      if (decrypted.shouldReEncrypt) {
        // The OS rotated its key: store the key again under the new one, if it can be done.
        await this.cipher
          .encryptStringAsync(decrypted.result)
          .then((again) => this.files.write(this.path, again))
          .catch(() => undefined)
      }
      return decrypted.result
    })
  }

  forget(): Promise<void> {
    return this.serial(() => this.files.remove(this.path))
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }
}
