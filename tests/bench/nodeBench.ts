// The Node part: the pure engines in shared/, at each journal size. Modules are loaded
// dynamically so the benchmark runs while they are still being written; a missing one
// shows as "not available yet" instead of stopping the run.
import type { Entry } from '../../shared/entry'
import type { Figure, Result } from './figures'
import { BENCH_AS_OF, benchBackup, lastFullQuarter } from './journal'
import { timeIt } from './stats'
import { addDays } from '../../shared/time'

type Job = (entries: Entry[]) => Promise<(() => unknown) | string>

const UNAVAILABLE = 'not available yet'

async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch {
    return null
  }
}

const role = 'director-ops' as const

/**
 * A new array of the same entries for each call: shared/ keeps what a journal alone
 * decides per journal array (readiness facts, the journal's people), so timing one
 * array over and over would time the cache. A fresh array is a first call, as after
 * an edit; the period-change figure below reuses the array on purpose.
 */
const fresh = (entries: readonly Entry[]): Entry[] => entries.slice()

/** Each job prepares its inputs (unmeasured) and returns the call to time, or why not. */
const JOBS: Record<string, Job> = {
  async computeReadiness(entries) {
    const m = await optional(() => import('../../shared/readiness'))
    if (!m) return UNAVAILABLE
    return () => m.computeReadiness(fresh(entries), { asOf: BENCH_AS_OF, role })
  },
  async readinessTrend(entries) {
    const m = await optional(() => import('../../shared/readiness'))
    if (!m) return UNAVAILABLE
    return () => m.readinessTrend(fresh(entries), { asOf: BENCH_AS_OF, role, months: 12 })
  },
  async generateBullets(entries) {
    const m = await optional(() => import('../../shared/bullets'))
    if (!m) return UNAVAILABLE
    return () => m.generateBullets(fresh(entries), { asOf: BENCH_AS_OF, role, shareSafe: true })
  },
  // What the Bullets view does: rank, then read one page of 50 and one more (to know
  // whether to offer "Show more").
  async bulletsPage(entries) {
    const m = await optional(() => import('../../shared/bullets'))
    if (!m) return UNAVAILABLE
    const options = { asOf: BENCH_AS_OF, role, shareSafe: true }
    return () => m.rankBullets(fresh(entries), options).take(51)
  },
  async review(entries) {
    const review = await optional(() => import('../../shared/review'))
    const markdown = await optional(() => import('../../shared/review'))
    if (!review || !markdown) return UNAVAILABLE
    const period = lastFullQuarter(BENCH_AS_OF)
    return () =>
      markdown.renderReviewMarkdown(review.buildReview(fresh(entries), { ...period, role }))
  },
  // The user picks another period in the Review view: the journal (its array) is the
  // same, so what it alone decides is reused. Alternates between two quarters so each
  // call is a change; one build first, as the view has shown a review already.
  async reviewPeriod(entries) {
    const m = await optional(() => import('../../shared/review'))
    if (!m) return UNAVAILABLE
    const last = lastFullQuarter(BENCH_AS_OF)
    const before = lastFullQuarter(addDays(last.from, -1))
    const journal = fresh(entries)
    m.buildReview(journal, { ...last, role })
    let turn = 0
    return () => {
      const period = turn++ % 2 ? last : before
      return m.renderReviewMarkdown(m.buildReview(journal, { ...period, role }))
    }
  },
  async parseBackup(entries) {
    const m = await optional(() => import('../../shared/backup'))
    if (!m) return UNAVAILABLE
    const text = m.serializeBackup(benchBackup(entries))
    const check = m.parseBackup(text, { today: BENCH_AS_OF })
    if (!check.ok) return `rejected: ${check.errors[0]?.path} ${check.errors[0]?.message}`
    return () => m.parseBackup(text, { today: BENCH_AS_OF })
  },
}

export async function runNodeBench(
  figures: Figure[],
  journals: (size: number) => Entry[],
  sizes: readonly number[],
  runs: number,
  log: (line: string) => void,
): Promise<void> {
  for (const size of sizes) {
    const entries = journals(size)
    for (const [id, job] of Object.entries(JOBS)) {
      const figure = figures.find((f) => f.id === id)!
      let result: Result
      try {
        const call = await job(entries)
        result =
          typeof call === 'string'
            ? { ok: false, reason: call }
            : { ok: true, ...(await timeIt(call, { runs, warmup: size >= 100_000 ? 1 : 2 })) }
      } catch (error) {
        result = { ok: false, reason: `failed: ${error instanceof Error ? error.message : error}` }
      }
      figure.results[size] = result
      log(
        `  ${figure.label} @ ${size.toLocaleString('en')}: ${result.ok ? `${result.median.toFixed(1)} ms` : result.reason}`,
      )
    }
  }
}
