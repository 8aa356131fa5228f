// The readiness gaps as the user's own plans: every suggested step has a first-person
// wording for documents a manager reads, picked on the same days as the advice.
import { describe, expect, it } from 'vitest'
import { COMPETENCY_IDS } from '../../../../shared/entry'
import {
  PLAN_GOALS,
  PLANS,
  plansFor,
  SUGGESTIONS,
  suggestionsFor,
} from '../../../../shared/readiness'
import { buildReview, renderReviewMarkdown } from '../../../../shared/review'
import { addDays } from '../../../../shared/time'
import { fixtureJournal } from '../../../fixtures/journal'

describe('plans: the suggested steps in the first person', () => {
  it('gives every step a plan, in the user’s voice, never coaching the reader', () => {
    for (const id of COMPETENCY_IDS) {
      expect(PLANS[id]).toHaveLength(SUGGESTIONS[id].length)
      expect(new Set(PLANS[id]).size).toBe(PLANS[id].length)
      for (const plan of PLANS[id]) {
        expect(plan).toMatch(/\bI will\b/)
        expect(plan).not.toMatch(/\byou(?:r|rs|rself)?\b/i)
        // Journal words mean nothing to the manager reading the plan.
        expect(plan).not.toMatch(/\blog(?:s|ged)?\b/i)
        expect(plan).toMatch(/\.$/)
      }
      expect(PLAN_GOALS[id]).toMatch(/^Build /)
    }
  })

  it('picks on any day the steps the Readiness view suggests that day', () => {
    for (let week = 0; week < 6; week++) {
      const day = addDays('2026-11-02', 7 * week)
      for (const id of COMPETENCY_IDS) {
        const picked = suggestionsFor(id, day).map((advice) => SUGGESTIONS[id].indexOf(advice))
        expect(plansFor(id, day)).toEqual(picked.map((i) => PLANS[id][i]))
      }
    }
  })

  it('prints the top gaps as goals with a plan when the user wrote no goals', () => {
    for (const goals of [undefined, [], ['', '  ']]) {
      const review = buildReview(fixtureJournal, {
        from: '2026-10-01',
        to: '2026-12-31',
        narrative: { goals },
      })
      expect(review.narrative).toBeUndefined()
      expect(review.gaps).toHaveLength(3)
      const md = renderReviewMarkdown(review)
      const section = md.slice(md.indexOf('## Goals for next quarter'))
      for (const gap of review.gaps ?? []) expect(section).toContain(`**${gap.goal}:** I will `)
      expect(section).not.toMatch(/\byou(?:r)?\b/i)
    }
  })

  it('prints the user’s own goals instead, as written', () => {
    const review = buildReview(fixtureJournal, {
      from: '2026-10-01',
      to: '2026-12-31',
      narrative: { goals: ['  Ship the PMO charter.', '', 'Hire a second analyst.'] },
    })
    expect(review.gaps).toBeUndefined()
    expect(review.narrative?.goals).toEqual(['Ship the PMO charter.', 'Hire a second analyst.'])
    expect(renderReviewMarkdown(review)).toContain(
      '## Goals for next quarter\n\n- Ship the PMO charter.\n- Hire a second analyst.\n',
    )
  })
})

describe('figures only when asked for', () => {
  const options = { from: '2026-10-01', to: '2026-12-31', asOf: '2026-11-15' }

  it('says readiness in plain words, never as "42 → 44 (16 % of the role)"', () => {
    const md = renderReviewMarkdown(buildReview(fixtureJournal, { ...options, showScores: true }))
    expect(md).toMatch(
      /\*\*Readiness for Director of Operations, as the journal scores it:\*\* \d+ of 100 on 30 Sept 2026 (?:→|and still) \d+ on 15 Nov 2026\./,
    )
    expect(md).toMatch(/As the journal scores it: \d+ of 100, (?:up|down) from \d+ on 30 Sept 2026/)
    expect(md).not.toMatch(/\(\d+ ?% of the role\)/)
    expect(md).not.toMatch(/\((?:Building|Emerging|Nearly ready|Ready to make the case)\)/)
  })

  it('lists the competencies in the role’s order of weight, in words, without figures', () => {
    const review = buildReview(fixtureJournal, options)
    const md = renderReviewMarkdown(review)
    expect(md).toContain('_Most important for a Director of Operations first._')
    expect(review.competencies?.map((c) => c.id).slice(0, 3)).toEqual([
      'strategy',
      'stakeholders',
      'results',
    ])
    expect(md).not.toMatch(/of 100|\d+ ?%\s+of the/)
  })
})
