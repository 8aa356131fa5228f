// Instruction counts for the Node engines (issue 19): wall-clock figures on the shared
// two-core machine swing with the load, instruction counts do not. Run one job under
// callgrind, then the same with job `none`, and divide the difference by calls + 1:
//
//   ROOT=/work/main valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//     node --import tsx tests/bench/instructionCount.ts reviewPeriod 2000 3
//
// ROOT may point at another checkout of the tree (say, an archive of an older commit
// with node_modules linked) to compare before and after on the same journal.
export {}

const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname
const [job = 'none', size = '2000', calls = '3'] = process.argv.slice(2)
const { generateJournal } = await import(`${root}/tests/fixtures/generateJournal.ts`)
const bullets = await import(`${root}/shared/bullets/index.ts`)
const review = await import(`${root}/shared/review/index.ts`)
const entries = generateJournal({ count: Number(size), asOf: '2026-11-20', seed: 8 })
const role = 'director-ops'
const asOf = '2026-11-20'
const q3 = { from: '2026-07-01', to: '2026-09-30' }
const q2 = { from: '2026-04-01', to: '2026-06-30' }
const jobs: Record<string, (i: number) => unknown> = {
  none: () => 0,
  // A new array per call: nothing kept per journal applies (a first build).
  reviewFirst: () =>
    review.renderReviewMarkdown(review.buildReview(entries.slice(), { ...q3, role })),
  // One array, alternating quarters: what a period change in the Review view does.
  reviewPeriod: (i) =>
    review.renderReviewMarkdown(review.buildReview(entries, { ...(i % 2 ? q3 : q2), role })),
  bulletsAll: () => bullets.generateBullets(entries.slice(), { asOf, role, shareSafe: true }),
  bulletsPage: () => bullets.rankBullets(entries.slice(), { asOf, role, shareSafe: true }).take(51),
}
const run = jobs[job]
if (!run) throw new Error(`unknown job ${job}: ${Object.keys(jobs).join(', ')}`)
for (let i = 0; i <= Number(calls); i++) run(i)
