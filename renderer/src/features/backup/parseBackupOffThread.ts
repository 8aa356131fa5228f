// parseBackup for the page: in a Web Worker where there is one, so the window stays
// responsive (and "Checking…" stays on screen) while a large backup is checked. The
// result is the same as parseBackup's, fetched back in slices (see parseBackupProtocol).
import {
  parseBackup,
  type ParseBackupOptions,
  type ParseBackupResult,
} from '../../../../shared/backup'
import { ReplyCollector, type ParseReply, type ParseRequest } from './parseBackupProtocol'

/** Starts a parse worker, or gives undefined where workers do not exist (jsdom). */
export type StartWorker = () => Worker | undefined

function startParseWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  // Written out in full so Vite finds it and bundles the worker as its own file.
  return new Worker(new URL('./parseBackup.worker.ts', import.meta.url), { type: 'module' })
}

/** Lets the "Checking…" message paint before a large file is parsed on this thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function parseOnThisThread(
  text: string,
  options: ParseBackupOptions,
): Promise<ParseBackupResult> {
  await nextFrame()
  return parseBackup(text, options)
}

/**
 * Checks a backup off the page's thread. A worker that cannot start or load (no Worker,
 * a blocked script) costs responsiveness, not the restore: the check then runs here.
 */
export function parseBackupOffThread(
  text: string,
  options: ParseBackupOptions,
  startWorker: StartWorker = startParseWorker,
): Promise<ParseBackupResult> {
  let worker: Worker | undefined
  try {
    worker = startWorker()
  } catch {
    worker = undefined
  }
  if (!worker) return parseOnThisThread(text, options)
  const running = worker
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: ParseBackupResult | Promise<ParseBackupResult>) => {
      if (settled) return
      settled = true
      running.terminate()
      resolve(result)
    }
    // parseBackup never throws, so an error here means the worker itself failed.
    const fallBack = () => finish(parseOnThisThread(text, options))
    const collector = new ReplyCollector()
    running.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      try {
        const result = collector.add(event.data)
        if (result) finish(result)
        else running.postMessage({ kind: 'next' } satisfies ParseRequest)
      } catch {
        fallBack()
      }
    })
    running.addEventListener('error', (event) => {
      event.preventDefault() // handled here: no "uncaught error" in the console
      fallBack()
    })
    running.addEventListener('messageerror', fallBack)
    running.postMessage({ kind: 'parse', text, options } satisfies ParseRequest)
  })
}
