// Share-safe promotion cases, for any journal that names people anywhere (titles, fields,
// quotes, the user's own summary, plan and edited bullets): no format holds a name, a
// level in parentheses or "X (…)'s".
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LEVELS, type Entry, type Person } from '../../../../shared/entry'
import {
  buildPromotionCase,
  renderPromotionCaseDocx,
  renderPromotionCaseHtml,
  renderPromotionCaseMarkdown,
} from '../../../../shared/promotion'
import { readZip } from '../review/reviewZip'
import { moment, talk, win } from './makeEntries'

// Names that are no word a description or the case uses, so finding one is a leak.
const FIRST = ['Aisha', 'Liam', 'Helen', 'Noor', 'Ines', 'Kwame', 'Yuki']
const LAST = ['Rahman', 'Byrne', 'Chen', 'Vidal', 'Mensah', 'Tanaka', 'Rossi']
const ROLES = [undefined, 'Project manager', 'Director of IT', 'COO', 'Head of Sales', 'QA lead']
const COMPETENCIES = [
  'people',
  'process',
  'results',
  'influence',
  'stakeholders',
  'strategy',
] as const

const personArb: fc.Arbitrary<Person> = fc
  .record({
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    role: fc.constantFrom(...ROLES),
    level: fc.constantFrom(...LEVELS),
  })
  .map(({ first, last, role, level }) => ({
    name: `${first} ${last}`,
    level,
    ...(role ? { role } : {}),
  }))

/** A short sentence naming someone as a user would: full, first or last name, possessive. */
const textArb = (people: readonly Person[]) =>
  fc
    .tuple(
      fc.constantFrom(...people),
      fc.constantFrom('full', 'first', 'last'),
      fc.constantFrom('', "'s"),
      fc.constantFrom('Coached ', 'Agreed the plan with ', 'Thanks to ', ''),
      fc.constantFrom(' for the budget', ' and her team', ' on the 12% cut', ''),
    )
    .map(([person, part, possessive, before, after]) => {
      const [first = '', last = ''] = person.name.split(' ')
      const name = part === 'full' ? person.name : part === 'first' ? first : last
      return `${before}${name}${possessive}${after}`
    })

const journalArb = fc.array(personArb, { minLength: 1, maxLength: 4 }).chain((people) =>
  fc.record({
    people: fc.constant(people),
    entries: fc.array(
      fc.record({
        kind: fc.constantFrom('moment', 'win', 'talk'),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 11 }),
        party: fc.constantFrom(...people),
        others: fc.subarray([...people]),
        competencies: fc.subarray([...COMPETENCIES], { minLength: 1 }),
        title: textArb(people),
        text: textArb(people),
        metric: fc.boolean(),
        mode: fc.constantFrom('leader' as const, 'manager' as const),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    summary: fc.option(textArb(people), { nil: undefined }),
    plan: fc.array(textArb(people), { maxLength: 3 }),
    edit: textArb(people),
  }),
)

type Journal = typeof journalArb extends fc.Arbitrary<infer T> ? T : never

function toEntries(drafts: Journal['entries']): Entry[] {
  return drafts.map((d, i): Entry => {
    const common = {
      id: `e${String(i).padStart(2, '0')}`,
      occurredOn: `2026-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
      title: d.title,
      competencies: [...d.competencies],
      people: d.others,
      ...(d.metric ? { metric: { value: 12, unit: '%', measure: 'lower cost' } } : {}),
    }
    if (d.kind === 'win')
      return win({ ...common, stakeholder: d.party, delivered: d.text, feedback: d.text })
    if (d.kind === 'talk')
      return talk({
        ...common,
        counterpart: d.party,
        topic: d.text,
        whatISaid: d.text,
        resumeWorthy: true,
      })
    // A moment has no party: whoever its words name is among its people.
    return moment({
      ...common,
      people: [d.party, ...d.others],
      action: d.text,
      result: d.text,
      mode: d.mode,
    })
  })
}

const NAME = new RegExp(`(?<![\\p{L}])(?:${[...FIRST, ...LAST].join('|')})(?![\\p{L}])`, 'iu')

function expectShareSafe(out: string): void {
  expect(out).not.toMatch(NAME)
  expect(out).not.toMatch(/\((?:team|peer|senior|executive)/i)
  expect(out).not.toMatch(/\([^)]*\)['’]s/)
}

describe('share-safe promotion case, for any journal', { timeout: 120_000 }, () => {
  it('holds no name, no level in parentheses and no "X (…)’s" in Markdown, HTML or DOCX', async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, async ({ people, entries: drafts, summary, plan, edit }) => {
        // Everyone is named in some entry, if only one from before the period: a name the
        // journal never holds as a person cannot be known to be a name.
        const roster = moment({ id: 'roster', occurredOn: '2024-01-01', people: [...people] })
        const entries = [...toEntries(drafts), roster]
        const c = buildPromotionCase(entries, {
          asOf: '2026-12-01',
          narrative: { summary, plan },
          bulletEdits: [{ entryId: 'e00', text: edit, pinned: true, hidden: false }],
        })
        expectShareSafe(JSON.stringify(c))
        expectShareSafe(renderPromotionCaseMarkdown(c))
        expectShareSafe(renderPromotionCaseHtml(c))
        for (const [, content] of readZip(await renderPromotionCaseDocx(c)))
          expectShareSafe(content)
      }),
      { numRuns: 40 },
    )
  })

  it('would catch a leak: the same journal named holds the names', () => {
    fc.assert(
      fc.property(journalArb, ({ entries: drafts }) => {
        const entries = toEntries(drafts)
        const named = buildPromotionCase(entries, { asOf: '2026-12-01', shareSafe: false })
        expect(renderPromotionCaseMarkdown(named)).toMatch(NAME)
      }),
      { numRuns: 20 },
    )
  })
})
