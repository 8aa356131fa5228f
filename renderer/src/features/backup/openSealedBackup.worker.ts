// Opens an encrypted backup in a Web Worker: Argon2id takes its 64 MiB and half a second or
// more, and decoding and decrypting a large backup takes longer still; on the page's thread
// both froze the window and the "Opening…" message. One backup per worker.
import { openSealedReply, type OpenSealedRequest } from './openSealedBackupOffThread'

addEventListener('message', (event: MessageEvent<OpenSealedRequest>) => {
  void openSealedReply(event.data).then((reply) => postMessage(reply))
})
