// How many entries a backup file holds, for a file the folder's index does not know (one
// copied in by hand). Counting means reading and parsing the file, up to 256 MB, so it runs
// in a worker thread: the main process, which draws every window and answers every IPC
// call, never stops for it. The worker is a few lines of plain CommonJS run with `eval`,
// so it needs no bundled file of its own. An encrypted backup cannot be counted without
// its passphrase: -1, "not known", as for anything that is not a plain backup.
import { promises as fs } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { MAX_BACKUP_BYTES } from '../shared/backup'

const COUNT_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
let count = -1
try {
  const value = JSON.parse(readFileSync(workerData, 'utf8'))
  if (value && value.format === 'leadlog-backup' && Array.isArray(value.entries)) {
    count = value.entries.length
  }
} catch {}
parentPort.postMessage(count)
`

/** A bad file gets -1 after this long rather than holding up the listing. */
export const COUNT_TIMEOUT_MS = 60_000

export type StartCounter = (path: string) => Worker

const startCounter: StartCounter = (path) =>
  new Worker(COUNT_SCRIPT, {
    eval: true,
    workerData: path,
    // Parsing needs about 4.5 times the file's size; more means the file is not a backup.
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil((MAX_BACKUP_BYTES * 5) / 1024 / 1024) },
  })

/** The number of entries in the backup at `path`, or -1 when it cannot be known. */
export async function countEntriesOffThread(
  path: string,
  start: StartCounter = startCounter,
  timeoutMs = COUNT_TIMEOUT_MS,
): Promise<number> {
  const stat = await fs.stat(path).catch(() => null)
  if (!stat?.isFile() || stat.size > MAX_BACKUP_BYTES) return -1
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = start(path)
    } catch {
      return resolve(-1)
    }
    const done = (count: number) => {
      clearTimeout(timer)
      resolve(count)
      void worker.terminate()
    }
    const timer = setTimeout(() => done(-1), timeoutMs)
    worker.once('message', (count: unknown) =>
      done(typeof count === 'number' && Number.isInteger(count) ? count : -1),
    )
    worker.once('error', () => done(-1))
    worker.once('exit', () => done(-1))
  })
}
