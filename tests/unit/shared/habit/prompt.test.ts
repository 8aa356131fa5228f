// What the weekly reminder asks: aimed at the biggest gap, saying how long it has been,
// in plain English, with the kind of entry the answer fits.
import { describe, expect, it } from 'vitest'
import {
  COMPETENCY_PROMPTS,
  durationInWords,
  GENERAL_PROMPT,
  reminderPrompt,
} from '../../../../shared/habit'
import { COMPETENCY_IDS, type CompetencyId, type Entry } from '../../../../shared/entry'
import { addDays } from '../../../../shared/time'
import { entryOn } from './helpers'

const AS_OF = '2026-07-10'

/** Weights that make `id` the only competency that matters, so it is the biggest gap. */
function onlyWeight(id: CompetencyId): Partial<Record<CompetencyId, number>> {
  return Object.fromEntries(COMPETENCY_IDS.map((c) => [c, c === id ? 1 : 0]))
}

describe('the question for each competency', () => {
  it.each([
    [
      'strategy',
      'leadership-moment',
      'Nothing on strategic thinking for six weeks: did you turn a goal into a plan, or decide what not to do?',
    ],
    [
      'stakeholders',
      'stakeholder-win',
      'Nothing on stakeholder leadership for six weeks: did anyone senior thank you for something?',
    ],
    [
      'conflict',
      'difficult-conversation',
      'Nothing on difficult conversations for six weeks: was there a hard conversation you started, or a no you held?',
    ],
    [
      'people',
      'leadership-moment',
      'Nothing on developing people for six weeks: did you coach someone, or hand them something to grow into?',
    ],
    [
      'communication',
      'leadership-moment',
      'Nothing on executive communication for six weeks: did something you wrote or said get a decision made?',
    ],
    [
      'results',
      'leadership-moment',
      'Nothing on results and root causes for six weeks: did you fix the cause of a problem instead of reporting it again?',
    ],
    [
      'business',
      'leadership-moment',
      'Nothing on business and financial acumen for six weeks: did a choice of yours save money, or move budget to where it mattered?',
    ],
    [
      'process',
      'leadership-moment',
      'Nothing on process and governance for six weeks: did a way of working you started spread to another team?',
    ],
    [
      'influence',
      'stakeholder-win',
      'Nothing on network and visibility for six weeks: did you help someone outside your team, or thank someone in public?',
    ],
    [
      'growth',
      'leadership-moment',
      'Nothing on professional growth for six weeks: did you learn something on purpose, or move a certification forward?',
    ],
  ] as const)('%s asks for a %s: "%s"', (id, kind, text) => {
    const entries = [
      entryOn(addDays(AS_OF, -42), { competencies: [id] }),
      entryOn(addDays(AS_OF, -10), { competencies: [id === 'growth' ? 'results' : 'growth'] }),
    ]
    expect(reminderPrompt(entries, 'director-ops', AS_OF, onlyWeight(id))).toEqual({
      kind,
      competency: id,
      text,
    })
  })

  it('covers every competency with one question ending in a question mark', () => {
    expect(Object.keys(COMPETENCY_PROMPTS).sort()).toEqual([...COMPETENCY_IDS].sort())
    for (const { question } of Object.values(COMPETENCY_PROMPTS)) {
      expect(question).toMatch(/^[a-z][^?]*\?$/)
    }
  })
})

describe('aimed at the biggest gap for the role', () => {
  it('picks the competency with the largest weight × shortfall, not just the oldest', () => {
    // Director of Operations: every other competency has two entries ten days old (score
    // about 39); stakeholders (weight .14) has one six weeks old (about 22): its gap,
    // .14 × 78 ≈ 10.9, beats strategy's .16 × 61 ≈ 9.8.
    const entries: Entry[] = []
    for (const id of COMPETENCY_IDS) {
      if (id === 'stakeholders') continue
      entries.push(entryOn(addDays(AS_OF, -10), { competencies: [id] }))
      entries.push(entryOn(addDays(AS_OF, -10), { competencies: [id] }))
    }
    entries.push(entryOn(addDays(AS_OF, -42), { competencies: ['stakeholders'] }))
    expect(reminderPrompt(entries, 'director-ops', AS_OF)).toEqual({
      kind: 'stakeholder-win',
      competency: 'stakeholders',
      text: 'Nothing on stakeholder leadership for six weeks: did anyone senior thank you for something?',
    })
    // For a first-time people manager, developing people (.22) weighs most.
    expect(reminderPrompt(entries, 'people-manager', AS_OF).competency).toBe('people')
  })

  it('says "yet" for a competency never evidenced', () => {
    const entries = [entryOn(addDays(AS_OF, -20), { competencies: ['results'] })]
    expect(reminderPrompt(entries, 'director-ops', AS_OF, onlyWeight('conflict')).text).toBe(
      'Nothing on difficult conversations yet: was there a hard conversation you started, or a no you held?',
    )
  })

  it('says it is still the biggest gap when evidence is under a week old', () => {
    const entries = [entryOn(addDays(AS_OF, -3), { competencies: ['people'] })]
    expect(reminderPrompt(entries, 'director-ops', AS_OF, onlyWeight('people')).text).toBe(
      'Developing people is still your biggest gap: did you coach someone, or hand them something to grow into?',
    )
  })

  it('reads only the user’s live entries up to the day: not the trash, samples or later days', () => {
    const entries = [
      entryOn(addDays(AS_OF, -70), { competencies: ['stakeholders'] }),
      entryOn(addDays(AS_OF, -8), {
        competencies: ['stakeholders'],
        deletedAt: '2026-07-05T10:00:00.000Z',
      }),
      entryOn(addDays(AS_OF, -9), { competencies: ['stakeholders'], sample: true }),
      entryOn(addDays(AS_OF, 1), { competencies: ['stakeholders'] }),
    ]
    expect(reminderPrompt(entries, 'director-ops', AS_OF, onlyWeight('stakeholders')).text).toBe(
      'Nothing on stakeholder leadership for ten weeks: did anyone senior thank you for something?',
    )
  })
})

describe('the general question', () => {
  it('for an empty journal, one with only samples or the trash, or no role yet', () => {
    const old = entryOn('2026-01-05', { competencies: ['results'] })
    expect(reminderPrompt([], 'director-ops', AS_OF)).toEqual(GENERAL_PROMPT)
    expect(reminderPrompt([entryOn('2026-07-01', { sample: true })], 'pmo-lead', AS_OF)).toEqual(
      GENERAL_PROMPT,
    )
    expect(
      reminderPrompt(
        [entryOn('2026-07-01', { deletedAt: '2026-07-02T00:00:00Z' })],
        'pmo-lead',
        AS_OF,
      ),
    ).toEqual(GENERAL_PROMPT)
    expect(reminderPrompt([old], null, AS_OF)).toEqual(GENERAL_PROMPT)
    expect(reminderPrompt([old], undefined, AS_OF)).toEqual(GENERAL_PROMPT)
    expect(GENERAL_PROMPT).toEqual({
      kind: 'leadership-moment',
      competency: null,
      text: 'Nothing logged this week: what did you lead, untangle or deliver?',
    })
  })

  it('refuses a day that is not one', () => {
    expect(() => reminderPrompt([], 'pmo-lead', '2026-02-30')).toThrow(RangeError)
  })
})

describe('how long, in words', () => {
  it.each([
    ['2026-07-10', '2026-07-10', null],
    ['2026-07-04', '2026-07-10', null],
    ['2026-07-03', '2026-07-10', 'a week'],
    ['2026-06-27', '2026-07-10', 'a week'],
    ['2026-06-26', '2026-07-10', 'two weeks'],
    ['2026-05-29', '2026-07-10', 'six weeks'],
    ['2026-05-01', '2026-07-10', 'ten weeks'],
    ['2026-04-24', '2026-07-10', '11 weeks'],
    ['2026-04-17', '2026-07-10', '12 weeks'],
    // 91 days but only two whole months (1 June to 31 August): still weeks.
    ['2026-06-01', '2026-08-31', '13 weeks'],
    ['2026-04-10', '2026-07-10', 'three months'],
    ['2025-11-10', '2026-07-10', 'eight months'],
    ['2025-08-11', '2026-07-10', 'ten months'],
    ['2025-07-11', '2026-07-10', '11 months'],
    ['2025-07-10', '2026-07-10', 'a year'],
    ['2023-07-10', '2026-07-10', 'three years'],
    ['2012-07-10', '2026-07-10', '14 years'],
  ])('from %s to %s: %s', (from, to, words) => {
    expect(durationInWords(from, to)).toBe(words)
  })
})
