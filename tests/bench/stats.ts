// Timing helpers: every figure is the median of several runs after a warm-up, so one
// garbage collection or a neighbour's build does not decide the result.
export interface Sample {
  /** Median of the runs, in the figure's unit. */
  median: number
  runs: number[]
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export function sampleOf(runs: number[]): Sample {
  return { median: median(runs), runs }
}

/** Measured runs of one figure stop adding up beyond this; slow figures get fewer runs. */
export const BUDGET_MS = 60_000

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured (milliseconds). A call
 * so slow that the runs would pass the budget gets fewer runs (at least one): a figure
 * that takes a minute is a finding already, and the median of three says as much.
 */
export async function timeIt<T = void>(
  fn: (input: T) => unknown,
  {
    runs,
    warmup = 1,
    prepare,
  }: {
    runs: number
    warmup?: number
    /** Makes each call's input, outside the timing (a fresh copy of a journal, say). */
    prepare?: () => T
  },
): Promise<Sample> {
  const once = async (): Promise<number> => {
    const input = prepare ? prepare() : (undefined as T)
    // Collect what preparing left behind (a copied journal is megabytes), so the call is
    // not charged for it; `npm run bench` exposes gc, other callers may not.
    if (prepare) (globalThis as { gc?: () => void }).gc?.()
    const start = performance.now()
    await fn(input)
    return performance.now() - start
  }
  let slowest = 0
  for (let i = 0; i < warmup; i++) slowest = Math.max(slowest, await once())
  const affordable = slowest > 0 ? Math.max(1, Math.floor(BUDGET_MS / slowest)) : runs
  const times: number[] = []
  for (let i = 0; i < Math.min(runs, affordable); i++) times.push(await once())
  return sampleOf(times)
}
