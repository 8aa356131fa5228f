// openSealedBackupText for the page: in a Web Worker where there is one, so "Opening…"
// stays on screen and the window answers while the passphrase is checked. A wrong
// passphrase or a changed file comes back as the same SealError the module throws.
import { openSealedBackupText, SealError, type SealErrorReason } from '../../../../shared/crypto'

/** Starts an opening worker, or gives undefined where workers do not exist (jsdom). */
export type StartWorker = () => Worker | undefined

export interface OpenSealedRequest {
  text: string
  secret: string
}

export type OpenSealedReply =
  | { kind: 'opened'; text: string }
  /** The file would not open: a wrong secret, a changed or damaged file. */
  | { kind: 'refused'; reason: SealErrorReason; message: string }
  /** The worker itself could not do the work (no WASM, no memory): try on the page. */
  | { kind: 'failed'; message: string }

/** What the worker answers to one request. */
export async function openSealedReply(request: OpenSealedRequest): Promise<OpenSealedReply> {
  try {
    return { kind: 'opened', text: await openSealedBackupText(request.text, request.secret) }
  } catch (error) {
    if (error instanceof SealError) {
      return { kind: 'refused', reason: error.reason, message: error.message }
    }
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}

function startOpenWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  // Written out in full so Vite finds it and bundles the worker as its own file.
  return new Worker(new URL('./openSealedBackup.worker.ts', import.meta.url), { type: 'module' })
}

/** Lets the "Opening…" message paint before the work starts on this thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function openOnThisThread(text: string, secret: string): Promise<string> {
  await nextFrame()
  return openSealedBackupText(text, secret)
}

/** The plain backup text of an encrypted backup. Throws SealError when it does not open. */
export function openSealedBackupOffThread(
  text: string,
  secret: string,
  startWorker: StartWorker = startOpenWorker,
): Promise<string> {
  let worker: Worker | undefined
  try {
    worker = startWorker()
  } catch {
    worker = undefined
  }
  if (!worker) return openOnThisThread(text, secret)
  const running = worker
  return new Promise((resolve, reject) => {
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      running.terminate()
      outcome()
    }
    // A worker that cannot start, load or finish costs responsiveness, not the restore.
    const fallBack = () => finish(() => openOnThisThread(text, secret).then(resolve, reject))
    running.addEventListener('message', (event: MessageEvent<OpenSealedReply>) => {
      const reply = event.data
      if (reply.kind === 'opened') finish(() => resolve(reply.text))
      else if (reply.kind === 'refused')
        finish(() => reject(new SealError(reply.reason, reply.message)))
      else fallBack()
    })
    running.addEventListener('error', (event) => {
      event.preventDefault() // handled here: no "uncaught error" in the console
      fallBack()
    })
    running.addEventListener('messageerror', fallBack)
    running.postMessage({ text, secret } satisfies OpenSealedRequest)
  })
}
