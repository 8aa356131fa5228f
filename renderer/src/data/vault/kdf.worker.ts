// Argon2id off the page's thread: 64 MiB and three passes take long enough to freeze
// typing and the "Unlocking…" spinner if they ran on it.
import { deriveKeyBytes, type KdfParams } from '../../../../shared/crypto'

interface Request {
  secret: string
  params: KdfParams
}

self.onmessage = async (event: MessageEvent<Request>) => {
  try {
    const bytes = await deriveKeyBytes(event.data.secret, event.data.params)
    self.postMessage({ ok: true, bytes }, { transfer: [bytes.buffer] })
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
