import { benchJournal, BENCH_AS_OF, lastFullQuarter } from '/work/main/tests/bench/journal'
import { computeReadiness, readinessTrend } from '/work/main/shared/readiness'
import { generateBullets } from '/work/main/shared/bullets'
import { buildReview } from '/work/main/shared/review'
import { renderReviewMarkdown } from '/work/main/shared/reviewMarkdown'
import { parseBackup, serializeBackup } from '/work/main/shared/backup'
import { benchBackup } from '/work/main/tests/bench/journal'
const which = process.argv[2]
const e = benchJournal(10000)
const role = 'director-ops' as const
const text = which === 'parse' ? serializeBackup(benchBackup(e)) : ''
const fns: Record<string, () => unknown> = {
  readiness: () => computeReadiness(e, { asOf: BENCH_AS_OF, role }),
  trend: () => readinessTrend(e, { asOf: BENCH_AS_OF, role, months: 12 }),
  bullets: () => generateBullets(e, { asOf: BENCH_AS_OF, role, shareSafe: true }),
  review: () => renderReviewMarkdown(buildReview(e, { ...lastFullQuarter(BENCH_AS_OF), role })),
  parse: () => parseBackup(text, { today: BENCH_AS_OF }),
}
const fn = fns[which]!
fn()
const t = performance.now()
for (let i = 0; i < 5; i++) fn()
console.log(which, ((performance.now() - t) / 5).toFixed(1), 'ms')
