// The Node part: the pure engines in shared/, at each journal size. Modules are loaded
// dynamically so the benchmark runs while they are still being written; a missing one
// shows as "not available yet" instead of stopping the run.
import type { Entry } from '../../shared/entry'
import type { Figure, Result } from './figures'
import { BENCH_AS_OF, benchBackup, lastFullQuarter } from './journal'
import { timeIt } from './stats'
import { addDays } from '../../shared/time'

/** The call to time, and how to make each call's journal outside the timing. */
interface Timed {
  prepare: () => Entry[]
  call: (journal: Entry[]) => unknown
}

type Job = (entries: Entry[]) => Promise<Timed | string>

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
 * The journals a call gets. shared/ keeps what an entry alone decides by its object, and
 * what a journal decides by its array, so timing one array over and over would time
 * those caches:
 * - `firstCall`: a deep copy of every entry, new objects and a new array each call: the
 *   first computation after the journal is read, nothing cached for it.
 * - `afterEdit`: a new array of the same entry objects but one, replaced by an edited
 *   copy (another entry each call): what the app hands the engines after a save, as the
 *   renderer keeps the object of every entry that did not change (keepUnchanged.ts).
 */
const firstCall = (entries: readonly Entry[]) => () => structuredClone(entries) as Entry[]

const BENCH_EDITED_AT = `${BENCH_AS_OF}T12:00:00.000Z`

function afterEdit(entries: readonly Entry[], pick: (entry: Entry) => boolean = () => true) {
  const editable = entries.flatMap((entry, i) => (pick(entry) ? [i] : []))
  let turn = 0
  return (): Entry[] => {
    const index = editable[(turn++ * 97) % editable.length]!
    const journal = entries.slice()
    const entry = journal[index]!
    journal[index] = { ...entry, title: `${entry.title} (edited)`, updatedAt: BENCH_EDITED_AT }
    return journal
  }
}

const reviewPeriod = lastFullQuarter(BENCH_AS_OF)
const inReviewPeriod = (entry: Entry) =>
  entry.occurredOn >= reviewPeriod.from && entry.occurredOn <= reviewPeriod.to

/** Each job prepares its inputs (unmeasured) and returns the call to time, or why not. */
const JOBS: Record<string, Job> = {
  async computeReadiness(entries) {
    const m = await optional(() => import('../../shared/readiness'))
    if (!m) return UNAVAILABLE
    const call = (journal: Entry[]) => m.computeReadiness(journal, { asOf: BENCH_AS_OF, role })
    return { prepare: firstCall(entries), call }
  },
  async computeReadinessEdit(entries) {
    const m = await optional(() => import('../../shared/readiness'))
    if (!m) return UNAVAILABLE
    const call = (journal: Entry[]) => m.computeReadiness(journal, { asOf: BENCH_AS_OF, role })
    return { prepare: afterEdit(entries), call }
  },
  async readinessTrend(entries) {
    const m = await optional(() => import('../../shared/readiness'))
    if (!m) return UNAVAILABLE
    const options = { asOf: BENCH_AS_OF, role, months: 12 }
    return { prepare: firstCall(entries), call: (journal) => m.readinessTrend(journal, options) }
  },
  async generateBullets(entries) {
    const m = await optional(() => import('../../shared/bullets'))
    if (!m) return UNAVAILABLE
    const options = { asOf: BENCH_AS_OF, role, shareSafe: true }
    return { prepare: firstCall(entries), call: (journal) => m.generateBullets(journal, options) }
  },
  async generateBulletsEdit(entries) {
    const m = await optional(() => import('../../shared/bullets'))
    if (!m) return UNAVAILABLE
    const options = { asOf: BENCH_AS_OF, role, shareSafe: true }
    return { prepare: afterEdit(entries), call: (journal) => m.generateBullets(journal, options) }
  },
  // What the Bullets view does: rank, then read one page of 50 and one more (to know
  // whether to offer "Show more").
  async bulletsPage(entries) {
    const m = await optional(() => import('../../shared/bullets'))
    if (!m) return UNAVAILABLE
    const options = { asOf: BENCH_AS_OF, role, shareSafe: true }
    return {
      prepare: firstCall(entries),
      call: (journal) => m.rankBullets(journal, options).take(51),
    }
  },
  async review(entries) {
    const m = await optional(() => import('../../shared/review'))
    if (!m) return UNAVAILABLE
    const call = (journal: Entry[]) =>
      m.renderReviewMarkdown(m.buildReview(journal, { ...reviewPeriod, role }))
    return { prepare: firstCall(entries), call }
  },
  // An entry of the quarter edited: the review the user exports after fixing a typo.
  async reviewEdit(entries) {
    const m = await optional(() => import('../../shared/review'))
    if (!m) return UNAVAILABLE
    const call = (journal: Entry[]) =>
      m.renderReviewMarkdown(m.buildReview(journal, { ...reviewPeriod, role }))
    return { prepare: afterEdit(entries, inReviewPeriod), call }
  },
  // The user picks another period in the Review view: the journal (its array) is the
  // same, so what it alone decides is reused. Alternates between two quarters so each
  // call is a change; one build first, as the view has shown a review already.
  async reviewPeriod(entries) {
    const m = await optional(() => import('../../shared/review'))
    if (!m) return UNAVAILABLE
    const before = lastFullQuarter(addDays(reviewPeriod.from, -1))
    const journal = structuredClone(entries) as Entry[]
    m.buildReview(journal, { ...reviewPeriod, role })
    let turn = 0
    return {
      prepare: () => journal,
      call: () => {
        const period = turn++ % 2 ? reviewPeriod : before
        return m.renderReviewMarkdown(m.buildReview(journal, { ...period, role }))
      },
    }
  },
  async parseBackup(entries) {
    const m = await optional(() => import('../../shared/backup'))
    if (!m) return UNAVAILABLE
    const text = m.serializeBackup(benchBackup(entries))
    const check = m.parseBackup(text, { today: BENCH_AS_OF })
    if (!check.ok) return `rejected: ${check.errors[0]?.path} ${check.errors[0]?.message}`
    return { prepare: () => entries, call: () => m.parseBackup(text, { today: BENCH_AS_OF }) }
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
        const timed = await job(entries)
        const warmup = size >= 100_000 ? 1 : 2
        result =
          typeof timed === 'string'
            ? { ok: false, reason: timed }
            : { ok: true, ...(await timeIt(timed.call, { runs, warmup, prepare: timed.prepare })) }
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
