// Derives a key-encryption key in a Web Worker where there is one (see kdf.worker.ts);
// where workers do not exist (jsdom) or cannot start, on this thread instead.
import { deriveKeyBytes, type DeriveKeyBytes } from '../../../../shared/crypto'

type Reply = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  try {
    // Written out in full so Vite finds it and bundles the worker as its own file.
    return new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return undefined
  }
}

export const deriveOffThread: DeriveKeyBytes = (secret, params) => {
  const worker = startWorker()
  if (!worker) return deriveKeyBytes(secret, params)
  return new Promise((resolve, reject) => {
    const finish = () => worker.terminate()
    worker.onmessage = (event: MessageEvent<Reply>) => {
      finish()
      if (event.data.ok) resolve(event.data.bytes)
      else reject(new Error(event.data.message))
    }
    // A worker that fails to load costs responsiveness, not the unlock.
    worker.onerror = (event) => {
      event.preventDefault()
      finish()
      resolve(deriveKeyBytes(secret, params))
    }
    worker.postMessage({ secret, params })
  })
}
