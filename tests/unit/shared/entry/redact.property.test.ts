// Share-safe text, for any people and any text written from their names: no name gets
// through, no level shows in parentheses, articles never double and sentences still
// start with a capital.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createRedactor, LEVELS, type Entry, type Person } from '../../../../shared/entry'

// Names that are no word a description uses, so finding one in the output is a leak.
const FIRST = ['Aisha', 'Liam', 'Helen', 'David', 'Noor', 'Ines', 'Kwame', 'Chris', 'Yuki']
const LAST = ['Rahman', 'Byrne', 'Chen', 'Park', 'Vidal', 'Mensah', 'Jones', 'Tanaka', 'Rossi']
const ROLES = [
  undefined,
  'Project manager',
  'Business analyst',
  'Director of IT',
  'COO',
  'VP Finance',
  'Head of Customer Service',
  'Account director at the vendor',
  'QA lead',
  'Architect',
  'HR partner',
]
const OWN = [undefined, 'a senior sponsor', 'our finance partner', 'the programme sponsor']
const PRONOUNS = ['he', 'she', 'her', 'his', 'they', 'them', 'their']
const WORDS = ['raised', 'deadline', 'with', 'coached', 'asked', 'me', 'about', 'budget']
const BREAKS = ['. ', '! ', '? ', '\n', '\n- ', '\n1. ']

const personArb: fc.Arbitrary<Person> = fc
  .record({
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    role: fc.constantFrom(...ROLES),
    level: fc.constantFrom(...LEVELS),
    describeAs: fc.constantFrom(...OWN),
  })
  .map(({ first, last, role, level, describeAs }) => ({
    name: `${first} ${last}`,
    level,
    ...(role ? { role } : {}),
    ...(describeAs ? { describeAs } : {}),
  }))

/** One way of writing a person in text: full, first or last name, possessive, article, case. */
const mentionArb = (people: readonly Person[]) =>
  fc
    .record({
      person: fc.constantFrom(...people),
      part: fc.constantFrom('full', 'first', 'last'),
      possessive: fc.constantFrom('', "'s", '’s', "'"),
      article: fc.constantFrom('', 'the ', 'a ', 'The '),
      casing: fc.constantFrom('as written', 'lower', 'upper'),
    })
    .map(({ person, part, possessive, article, casing }) => {
      const [first, last] = person.name.split(' ') as [string, string]
      let name = part === 'full' ? person.name : part === 'first' ? first : last
      if (casing === 'lower') name = name.toLowerCase()
      if (casing === 'upper') name = name.toUpperCase()
      // A bare apostrophe is a possessive only after a final s, before a lower-case word.
      const mark = possessive === "'" ? (/s$/i.test(name) ? "'" : '') : possessive
      return `${article}${name}${mark}`
    })

/** Sentences of names, possessives, pronouns and words; each sentence starts with a capital. */
const textArb = (people: readonly Person[]) =>
  fc
    .array(
      fc.tuple(
        fc.array(
          fc.oneof(mentionArb(people), fc.constantFrom(...PRONOUNS), fc.constantFrom(...WORDS)),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom(...BREAKS),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((sentences) =>
      sentences
        .map(([words, end]) => {
          const sentence = words.join(' ')
          return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${end}`
        })
        .join(''),
    )

function journalOf(people: readonly Person[]): Entry[] {
  return people.map((person, i) => ({
    id: `e${i}`,
    kind: 'leadership-moment',
    title: 'Entry',
    occurredOn: '2026-05-04',
    notes: '',
    competencies: ['people'],
    people: [person],
    tags: [],
    createdAt: '2026-05-04T10:00:00.000Z',
    updatedAt: '2026-05-04T10:00:00.000Z',
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    mode: 'leader',
  }))
}

const NAME_WORD = new RegExp(`(?<![\\p{L}])(?:${[...FIRST, ...LAST].join('|')})(?![\\p{L}])`, 'iu')

/** Every place a sentence starts: the text's start and after a break, with its first letter. */
function sentenceStarts(text: string): string[] {
  return [...text.matchAll(/(?:^|[.!?] |\n(?:- |\d\. )?)["“]?(\p{L})/gu)].map((m) => m[1]!)
}

function expectShareSafe(out: string): void {
  expect(out).not.toMatch(NAME_WORD)
  expect(out).not.toMatch(/\((?:team|peer|senior|executive)/i)
  expect(out).not.toMatch(/\([^)]*\)['’]s/)
  expect(out).not.toMatch(/\b(?:the|an?)\s+(?:the|an?)\b/i)
}

describe('share-safe text, for any people and text', { timeout: 60_000 }, () => {
  it('holds no name, no level in parentheses, no doubled article, and keeps capitals', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 5 }).chain((people) =>
          fc.record({
            people: fc.constant(people),
            texts: fc.array(textArb(people), { minLength: 1, maxLength: 3 }),
            voice: fc.constantFrom('mine' as const, 'neutral' as const),
            firstBy: fc.constantFrom('order' as const, 'id' as const),
          }),
        ),
        ({ people, texts, voice, firstBy }) => {
          const redactor = createRedactor(journalOf(people), { voice, firstBy })
          for (const text of texts) {
            const out = redactor.text(text)
            expectShareSafe(out)
            for (const letter of sentenceStarts(out)) expect(letter).toBe(letter.toUpperCase())
          }
          for (const person of people) expectShareSafe(redactor.person(person))
        },
      ),
      { numRuns: 200 },
    )
  })
})
