// parseBackup for the page: in a Web Worker where there is one, so the window stays
// responsive (and "Checking…" stays on screen) while a large backup is checked. The
// result is the same as parseBackup's, fetched back in slices (see parseBackupProtocol).
// A worker that fails gives "could not be checked", never a second try on the page.
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
 * What the page answers when the worker could not give a verdict. The check is never run
 * on the page's thread instead: a file that crashed the worker (out of memory, say) would
 * then freeze or crash the window that holds the journal.
 */
export const COULD_NOT_CHECK: ParseBackupResult = {
  ok: false,
  errors: [
    {
      path: '(file)',
      message:
        'could not be checked: the part of Leadlog that checks backup files stopped before it finished (the file may be too large or damaged). Nothing was changed. Try again, or restore another backup',
    },
  ],
}

/**
 * Checks a backup off the page's thread. Where Worker does not exist at all (jsdom in the
 * unit tests; every browser Leadlog runs in has it) the check runs here. A worker that
 * cannot start, fails to load or stops answers COULD_NOT_CHECK.
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
    return Promise.resolve(COULD_NOT_CHECK)
  }
  if (!worker) return parseOnThisThread(text, options)
  const running = worker
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: ParseBackupResult) => {
      if (settled) return
      settled = true
      running.terminate()
      resolve(result)
    }
    const couldNotCheck = () => finish(COULD_NOT_CHECK)
    const collector = new ReplyCollector()
    running.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      try {
        const result = collector.add(event.data)
        if (result) finish(result)
        else running.postMessage({ kind: 'next' } satisfies ParseRequest)
      } catch {
        couldNotCheck()
      }
    })
    running.addEventListener('error', (event) => {
      event.preventDefault() // handled here: no "uncaught error" in the console
      couldNotCheck()
    })
    running.addEventListener('messageerror', couldNotCheck)
    running.postMessage({ kind: 'parse', text, options } satisfies ParseRequest)
  })
}
