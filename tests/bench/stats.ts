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

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured (milliseconds). */
export async function timeIt(
  fn: () => unknown,
  { runs, warmup = 1 }: { runs: number; warmup?: number },
): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return sampleOf(times)
}
