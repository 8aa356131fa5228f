// Every file Leadlog writes (exports, backups, its own settings) goes through here, so
// a crash, a full disk or a power cut never leaves a half-written file in place of a
// good one: the bytes go to a temporary file in the same folder, are flushed to disk,
// and only then replace the target in one rename.
//
// Two things the happy path does not show:
// - On Windows an antivirus scanner or the search indexer briefly holds a file just
//   written, and the rename fails with EPERM, EBUSY or EACCES; it is tried again a few
//   times with a short, growing pause before the write is reported as failed.
// - A crash between the temp file's creation and the rename leaves the temp file behind.
//   Each write sweeps its folder for such leftovers of earlier runs (hidden files named
//   like ours, an hour old or more), so they are cleaned wherever atomic writes happen.
import { promises as fs } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteOptions {
  /** File mode for a new file; backups hold private notes, so they use 0o600. */
  mode?: number
  /** Pauses before each retry of the rename (tests pass zeros). */
  retryDelaysMs?: readonly number[]
  now?: () => Date
}

/** About 1.3 s in all: longer than a scanner's hold, short enough to report a real failure. */
export const RENAME_RETRY_DELAYS_MS = [20, 40, 80, 160, 320, 640] as const
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** `.name.<pid>.<12 hex>.tmp`: the temp files writeFileAtomic makes, and nothing else. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/
/** No write takes an hour: an older temp file belongs to a process that is gone. */
export const STALE_TEMP_MS = 60 * 60 * 1000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Renames, trying again while another process briefly holds the file (Windows). */
export async function renameWithRetry(
  from: string,
  to: string,
  delays: readonly number[] = RENAME_RETRY_DELAYS_MS,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      const delay = delays[attempt]
      if (!RETRYABLE.has(code) || delay === undefined) throw error
      await pause(delay)
    }
  }
}

/** Removes temp files of writeFileAtomic in `folder` that are older than an hour. */
export async function removeStaleTempFiles(folder: string, now: Date): Promise<string[]> {
  const removed: string[] = []
  const names = await fs.readdir(folder).catch(() => [] as string[])
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const path = join(folder, name)
    const stat = await fs.stat(path).catch(() => null)
    if (stat?.isFile() && now.getTime() - stat.mtimeMs > STALE_TEMP_MS) {
      await fs.rm(path, { force: true }).then(
        () => removed.push(name),
        () => undefined,
      )
    }
  }
  return removed
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = dirname(target)
  // Same folder as the target: a rename is only atomic within one file system.
  const temp = join(
    folder,
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o666)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await renameWithRetry(temp, target, options.retryDelaysMs)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
  // Best effort: a leftover that cannot be removed now is tried again on the next write.
  await removeStaleTempFiles(folder, options.now?.() ?? new Date()).catch(() => undefined)
}

/** Makes the rename itself durable. Not possible on Windows, where it is not needed. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const dir = await fs.open(folder, 'r').catch(() => undefined)
  if (!dir) return
  await dir.sync().catch(() => undefined)
  await dir.close().catch(() => undefined)
}
