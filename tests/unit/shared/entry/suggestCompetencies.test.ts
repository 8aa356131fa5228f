import { describe, expect, it } from 'vitest'
import { suggestCompetencies } from '../../../../shared/entry'

describe('suggestCompetencies', () => {
  it("offers the kind's usual competency before anything is written", () => {
    expect(suggestCompetencies('difficult-conversation', '')).toEqual(['conflict'])
    expect(suggestCompetencies('stakeholder-win', '')).toEqual(['stakeholders'])
  })

  it('ranks competencies by the words in the text', () => {
    const text = 'Cut the budget forecast by 12%, saving cost; then coached Sam on the forecast'
    const ids = suggestCompetencies('leadership-moment', text)
    expect(ids[0]).toBe('business')
    expect(ids).toContain('people')
  })

  it('matches at word starts only, case-insensitively', () => {
    expect(suggestCompetencies('leadership-moment', 'Passed the PMP exam')).toContain('growth')
    // "grow" inside "overgrown" is not a stem at a word start.
    expect(suggestCompetencies('leadership-moment', 'overgrown', 10)).toEqual(['results'])
  })

  it('never suggests more than asked', () => {
    const text = 'budget roadmap coach certif process thank present conflict executive'
    expect(suggestCompetencies('leadership-moment', text, 3)).toHaveLength(3)
  })
})
