// Reads that are followed by a write based on them run one at a time. IndexedDB
// transactions cannot wait for WebCrypto (a transaction commits when it has nothing
// left to do), so an encrypted journal opens and seals outside the transaction; this
// queue keeps two such changes from overwriting each other in this window.
let tail: Promise<unknown> = Promise.resolve()

export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work)
  tail = run.catch(() => undefined)
  return run
}
