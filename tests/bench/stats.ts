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
export async function timeIt(
  fn: () => unknown,
  { runs, warmup = 1 }: { runs: number; warmup?: number },
): Promise<Sample> {
  let slowest = 0
  for (let i = 0; i < warmup; i++) {
    const start = performance.now()
    await fn()
    slowest = Math.max(slowest, performance.now() - start)
  }
  const affordable = slowest > 0 ? Math.max(1, Math.floor(BUDGET_MS / slowest)) : runs
  const times: number[] = []
  for (let i = 0; i < Math.min(runs, affordable); i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return sampleOf(times)
}
