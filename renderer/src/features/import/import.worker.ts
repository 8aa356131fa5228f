// Reads an import in a Web Worker: 10,000 entries take a second or two to read and guess,
// and on the page's own thread that froze the window. One import per worker; the page
// side (importOffThread.ts) takes the progress, then asks for the entries slice by slice.
import { toReplies, type ImportReply, type ImportRequest } from './importProtocol'
import { runImport } from './runImport'

let replies: Iterator<ImportReply> | undefined

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data
  if (request.kind === 'import') {
    const result = runImport(request.files, request.options, (done, total) =>
      postMessage({ kind: 'progress', done, total } satisfies ImportReply),
    )
    replies = toReplies(result)
  }
  const next = replies?.next()
  if (next && !next.done) postMessage(next.value)
})
