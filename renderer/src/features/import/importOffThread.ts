// runImport for the page: in a Web Worker where there is one, so the window stays
// responsive and the progress bar moves while a large export is read. A worker that
// cannot start or load costs responsiveness, not the import: it then runs here.
import type { ImportResult } from '../../../../shared/import'
import type { FileBytes } from './readFiles'
import type { ImportReply, ImportRequest, WorkerOptions } from './importProtocol'
import { runImport } from './runImport'

export type StartWorker = () => Worker | undefined

function startImportWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  // Written out in full so Vite finds it and bundles the worker as its own file.
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
}

/** Lets the progress bar paint before the files are read on this thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function onThisThread(files: FileBytes[], options: WorkerOptions): Promise<ImportResult> {
  await nextFrame()
  return runImport(files, options)
}

export function importOffThread(
  files: FileBytes[],
  options: WorkerOptions,
  onProgress: (done: number, total: number) => void,
  startWorker: StartWorker = startImportWorker,
): Promise<ImportResult> {
  let worker: Worker | undefined
  try {
    worker = startWorker()
  } catch {
    worker = undefined
  }
  if (!worker) return onThisThread(files, options)
  const running = worker
  return new Promise((resolve) => {
    let settled = false
    let result: ImportResult | undefined
    const finish = (value: ImportResult | Promise<ImportResult>) => {
      if (settled) return
      settled = true
      running.terminate()
      resolve(value)
    }
    const fallBack = () => finish(onThisThread(files, options))
    running.addEventListener('message', (event: MessageEvent<ImportReply>) => {
      const reply = event.data
      switch (reply.kind) {
        case 'progress':
          return onProgress(reply.done, reply.total)
        case 'result':
          result = reply.result
          break
        case 'entries':
          if (!result) return fallBack()
          for (const entry of reply.entries) result.entries.push(entry)
          break
        case 'done':
          return result ? finish(result) : fallBack()
      }
      running.postMessage({ kind: 'next' } satisfies ImportRequest)
    })
    running.addEventListener('error', (event) => {
      event.preventDefault() // handled here: no "uncaught error" in the console
      fallBack()
    })
    running.addEventListener('messageerror', fallBack)
    // The bytes are copied, not transferred: a fallback on this thread still needs them.
    running.postMessage({ kind: 'import', files, options } satisfies ImportRequest)
  })
}
