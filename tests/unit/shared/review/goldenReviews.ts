// The golden reviews of the sample journal (2026 Q4 as of 1 Dec 2026, Director of
// Operations): the options of each file under tests/golden/, shared by the golden test
// and by anyone rendering the same documents to look at them (HTML, DOCX, PDF).
import { sampleJournal } from '../../../../shared/entry'
import type { ReviewOptions } from '../../../../shared/review'

export const GOLDEN_JOURNAL = sampleJournal('2026-12-01')

const Q4: ReviewOptions = {
  from: '2026-10-01',
  to: '2026-12-31',
  role: 'director-ops',
  asOf: '2026-12-01',
}

/** What a user would write for the quarter, naming people as they would in private. */
export const OWN_WORDS: ReviewOptions = {
  ...Q4,
  narrative: {
    summary:
      'This quarter I moved from running delivery to steering it. The 2027 operations roadmap is agreed with Helen and goes to the exec team as three outcomes rather than nineteen projects; the ERP support contract costs 12% less with the same response time; and the Monday batch failures, our most frequent P1, have stopped.\n\nI also started the conversations I used to put off: with David about what stands between me and a director role, and with Aisha about her workload.',
    asks: 'Your sponsorship to present the 2027 roadmap with Helen at the January exec offsite.\n\nBudget for the PgMP application and a two-day preparation course, about 1,800 GBP in Q1.',
    goals: [
      'Present the 2027 roadmap with Helen to the exec team and turn its three outcomes into quarterly targets with named owners.',
      '',
      'Submit my PgMP application by the end of February.',
    ],
  },
  bulletEdits: [
    {
      entryId: 'sample-22',
      text: 'Agreed the 2027 operations roadmap with the COO: cut 19 candidate projects to 8 tied to three operations goals, with Fatima and Grace',
      pinned: false,
      hidden: false,
    },
    { entryId: 'sample-16', pinned: true, hidden: false },
    { entryId: 'sample-14', pinned: false, hidden: true },
  ],
}

/** File name under tests/golden/ → the options it is rendered with. */
export const GOLDEN_REVIEWS: Record<string, ReviewOptions> = {
  'review-2026-Q4.md': { ...Q4, includeLog: true },
  'review-2026-Q4-named.md': { ...Q4, includeLog: true, shareSafe: false },
  'review-2026-Q4-own-words.md': OWN_WORDS,
  'review-2026-Q4-scores.md': { ...OWN_WORDS, showScores: true },
}
