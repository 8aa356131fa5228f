// The first screen before the rest: a view that shows the newest entries from a short
// index read holds the full read of the table (entriesStore.ts) until those rows are
// painted, so at 100,000 entries the first row is not queued behind seconds of reading
// and decoding every row. Capped, so a first screen that never comes (a failed read)
// cannot stall it; generously, because on a busy machine the first screen itself took
// over two seconds, and a full read started meanwhile only pushed it further back.

const HOLD_AT_MOST_MS = 10_000

let pending: Promise<void> | null = null

/** Resolves after the next paint: a frame, then a task, so the frame is not delayed. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve, 0)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task)
    else task()
  })
}

/** Holds the full read until `painted` settles (or HOLD_AT_MOST_MS pass). */
export function holdFullReadUntil(painted: Promise<void>): void {
  const capped = Promise.race([
    painted,
    new Promise<void>((resolve) => setTimeout(resolve, HOLD_AT_MOST_MS)),
  ])
  const held: Promise<void> = capped.finally(() => {
    if (pending === held) pending = null
  })
  pending = held
}

/** Resolves once no first screen is waiting to be painted. */
export function afterFirstScreen(): Promise<void> {
  return pending ?? Promise.resolve()
}
