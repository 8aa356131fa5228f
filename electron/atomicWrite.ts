// Every file Leadlog writes (exports, backups, its own settings) goes through here, so
// a crash, a full disk or a power cut never leaves a half-written file in place of a
// good one: the bytes go to a temporary file in the same folder, are flushed to disk,
// and only then replace the target in one rename.
import { promises as fs } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteOptions {
  /** File mode for a new file; backups hold private notes, so they use 0o600. */
  mode?: number
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // Same folder as the target: a rename is only atomic within one file system.
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o666)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
}

/** Makes the rename itself durable. Not possible on Windows, where it is not needed. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const dir = await fs.open(folder, 'r').catch(() => undefined)
  if (!dir) return
  await dir.sync().catch(() => undefined)
  await dir.close().catch(() => undefined)
}
