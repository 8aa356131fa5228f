// Checks a backup in a Web Worker: parseBackup takes seconds on a 100,000-entry backup,
// and on the page's own thread that froze the window. One backup per worker; the page
// side (parseBackupOffThread.ts) asks for the replies one at a time, then ends the worker.
import { parseBackup } from '../../../../shared/backup'
import { toReplies, type ParseReply, type ParseRequest } from './parseBackupProtocol'

let replies: Iterator<ParseReply> | undefined

addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const request = event.data
  if (request.kind === 'parse') replies = toReplies(parseBackup(request.text, request.options))
  const next = replies?.next()
  if (next && !next.done) postMessage(next.value)
})
