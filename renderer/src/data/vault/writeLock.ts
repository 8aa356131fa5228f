// Reads that are followed by a write based on them run one at a time. IndexedDB
// transactions cannot wait for WebCrypto (a transaction commits when it has nothing
// left to do), so an encrypted journal opens and seals outside the transaction; this
// queue keeps two such changes from overwriting each other in this window, and keeps
// a lock from pulling the key out from under a change half done.
let tail: Promise<unknown> = Promise.resolve()
let pending = 0

export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  pending++
  const run = tail.then(work, work).finally(() => pending--)
  tail = run.catch(() => undefined)
  return run
}

/** True when no queued change is running or waiting. */
export function queueIsIdle(): boolean {
  return pending === 0
}
