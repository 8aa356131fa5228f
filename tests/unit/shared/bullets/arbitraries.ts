// Random journals for the bullet property tests: words chosen to trip the writing rules
// (pronouns, weak openers, verbs in every tense, numbers in several shapes, names in any
// case), people with roles, levels and their own "describe as".
import fc from 'fast-check'
import { COMPETENCY_IDS, LEVELS, ROLE_IDS, type Entry, type Person } from '../../../../shared/entry'

// Names and roles share no word, so a role label can never look like a name.
export const NAMES = [
  'Maria Lopez',
  'Tom Becker',
  'Priya Nair',
  'Lena Hoffmann',
  'Jean-Luc Picard',
  "Siobhan O'Neil",
  'Kofi',
]
// One role holds a number, which a bullet may only show for that person's own entry.
const ROLES = [
  'CFO',
  'VP Finance',
  'QA lead',
  'Product owner',
  'Junior project manager',
  'Tier 2 lead',
]

// The user's own wording for a person: one names someone, one speaks in the first person
// and holds a number, so a bullet must fall back to a description by level.
const DESCRIBED_AS = [
  'a senior account director at the vendor',
  'the person who hired Maria',
  'my Tier 3 contact',
]

// Words chosen to trip the rules: pronouns, weak openers, verbs in every tense,
// numbers in several shapes, names (any case), punctuation.
const WORDS = [
  'I',
  'we',
  'We',
  'my',
  'My',
  'our',
  'me',
  'us',
  'US',
  'i',
  "I'm",
  "we've",
  'myself',
  'ours',
  'he',
  'him',
  'his',
  'she',
  'her',
  'they',
  'their',
  'did not',
  'helped',
  'responsible for',
  'worked on',
  'assisted',
  'participated in',
  'was involved in',
  'tasked with',
  'helping',
  'was',
  'supported',
  'led',
  'lead',
  'leading',
  'set',
  'reduce',
  'reduced',
  'reduces',
  'presenting',
  'planning',
  'migrate',
  'the',
  'a',
  'budget',
  'migration',
  'team',
  'costs',
  'by',
  'to',
  'of',
  'and',
  'for',
  'with',
  'weekly',
  'report',
  '12',
  '3.5',
  '1,200',
  '40%',
  '7',
  '2026',
  ',',
  ';',
  '.',
  '?',
  '"',
  '-',
  'maria',
  'Lopez',
  'TOM',
  'Priya',
  'Jean-Luc',
  "O'Neil",
  'Siobhan',
  'kofi',
  'Becker',
  'Hoffmann',
]

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' '))

const person: fc.Arbitrary<Person> = fc.record(
  {
    name: fc.constantFrom(...NAMES),
    role: fc.constantFrom(...ROLES),
    level: fc.constantFrom(...LEVELS),
    describeAs: fc.constantFrom(...DESCRIBED_AS),
  },
  { requiredKeys: ['name', 'level'] },
)

export const date = fc
  .integer({ min: 0, max: 900 })
  .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10))

const metric = fc.option(
  fc.record({
    value: fc.oneof(
      fc.integer({ min: -1_000_000, max: 50_000_000 }),
      fc.double({ min: 0.01, max: 1_000_000, noNaN: true }),
    ),
    unit: fc.constantFrom('%', 'USD', '$', 'hours', 'people', '', 'incidents', 'million EUR'),
    measure: fc.constantFrom(
      'faster close',
      'hours saved per week',
      'people trained',
      'saved',
      'fewer P1 incidents per quarter',
      'lower annual cost',
      'of schedule recovered',
      'projects adopted the new standard',
      'annual contract renewed',
      'higher customer satisfaction',
    ),
  }),
  { nil: undefined },
)

const base = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  title: text.map((t) => t || 'Untitled'),
  occurredOn: date,
  notes: text,
  competencies: fc.uniqueArray(fc.constantFrom(...COMPETENCY_IDS), { minLength: 1, maxLength: 4 }),
  people: fc.array(person, { maxLength: 3 }),
  metric,
  deleted: fc.boolean(),
})

export const entry: fc.Arbitrary<Entry> = fc
  .tuple(base, fc.integer({ min: 0, max: 2 }), text, text, text, person, fc.boolean())
  .map(([b, kind, t1, t2, t3, who, flag]) => {
    const common = {
      id: b.id,
      title: b.title,
      occurredOn: b.occurredOn,
      notes: b.notes,
      competencies: b.competencies,
      people: b.people,
      ...(b.metric ? { metric: b.metric } : {}),
      tags: [],
      createdAt: `${b.occurredOn}T10:00:00.000Z`,
      updatedAt: `${b.occurredOn}T10:00:00.000Z`,
      ...(b.deleted ? { deletedAt: `${b.occurredOn}T11:00:00.000Z` } : {}),
    }
    if (kind === 0)
      return {
        ...common,
        kind: 'leadership-moment' as const,
        situation: t3,
        task: '',
        action: t1,
        result: t2,
        reflection: '',
        mode: flag ? ('leader' as const) : ('manager' as const),
      }
    if (kind === 1)
      return {
        ...common,
        kind: 'stakeholder-win' as const,
        stakeholder: who,
        need: t3,
        delivered: t1,
        feedback: t2,
      }
    return {
      ...common,
      kind: 'difficult-conversation' as const,
      counterpart: who,
      topic: t3,
      preparation: '',
      whatISaid: t1,
      outcome: flag ? ('resolved' as const) : ('in-progress' as const),
      lesson: t2,
      resumeWorthy: flag,
    }
  })

export const journal = fc
  .array(entry, { maxLength: 12 })
  .map((entries) => entries.map((e, i) => ({ ...e, id: `${e.id}-${i}` })))
export const options = fc.record({
  asOf: date,
  role: fc.constantFrom(...ROLE_IDS),
  shareSafe: fc.boolean(),
})
