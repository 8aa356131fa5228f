// The written-bullet cache (shared/bullets/writtenCache.ts) must be invisible: bullets
// read through a warm cache, after other roles, modes, periods and edits have filled it
// in any order, equal those written from a structuredClone of the same journal, whose
// objects the cache has never seen.
import { describe, expect, it } from 'vitest'
import { generateBullets, rankBullets, type BulletOptions } from '../../../../shared/bullets'
import { peopleOf, sampleJournal, type Entry, type Person } from '../../../../shared/entry'
import { generateJournal } from '../../../fixtures/generateJournal'
import { fixtureJournal, FIXTURE_AS_OF } from '../../../fixtures/journal'

const AS_OF = '2026-11-20'

/** Each case: a journal and the calls to make on it, in a mixed order. */
function calls(asOf: string): BulletOptions[] {
  const out: BulletOptions[] = []
  for (const role of ['director-ops', 'it-director'] as const)
    for (const shareSafe of [true, false]) {
      out.push({ asOf, role, shareSafe })
      out.push({ asOf, role, shareSafe, limit: 7 })
      out.push({ asOf, role, shareSafe, from: '2025-01-01', to: '2025-12-31', limit: 40 })
    }
  out.push({ asOf, role: 'it-director', weights: { conflict: 5, results: 0.1 } })
  // Mixed, so a key is often filled by a call for another key first.
  return out.map((_, i) => out[(i * 5) % out.length]!)
}

/** Bullets for the entries through the warm cache, checked against a cold clone. */
function expectSameAsCold(entries: readonly Entry[], options: BulletOptions) {
  const warm = generateBullets(entries, options)
  expect(warm).toEqual(generateBullets(structuredClone(entries) as Entry[], options))
}

const journals: [string, Entry[], string][] = [
  ['fixture', fixtureJournal, FIXTURE_AS_OF],
  ['sample', sampleJournal('2026-12-01'), '2026-12-01'],
  ['s1n300', generateJournal({ count: 300, asOf: AS_OF, seed: 1 }), AS_OF],
  ['s4n600', generateJournal({ count: 600, asOf: AS_OF, seed: 4 }), AS_OF],
]

/** A copy of the entry with one person changed. */
function withPerson(entry: Entry, change: (person: Person) => Person): Entry {
  if (entry.kind === 'stakeholder-win') return { ...entry, stakeholder: change(entry.stakeholder) }
  if (entry.kind === 'difficult-conversation')
    return { ...entry, counterpart: change(entry.counterpart) }
  return { ...entry, people: entry.people.map((p, i) => (i === 0 ? change(p) : p)) }
}

/** Edits the app makes: each gives a new array of the same objects but one or two. */
const edits: [string, (entries: Entry[]) => Entry[]][] = [
  ['a retitled entry', (e) => e.map((x, i) => (i === 3 ? { ...x, title: `${x.title} again` } : x))],
  ['a deleted entry', (e) => e.map((x, i) => (i === 5 ? { ...x, deletedAt: x.updatedAt } : x))],
  // The journal's first holder of a name leaves: the name's owner is now another object.
  ['the first entry dropped', (e) => e.slice(1)],
  ['a person given a new role', (e) => editFirstWithPeople(e, (p) => ({ ...p, role: 'CFO' }))],
  [
    'a person described in their own words',
    (e) => editFirstWithPeople(e, (p) => ({ ...p, describeAs: 'my contact at the 2nd vendor' })),
  ],
  ['a person renamed', (e) => editFirstWithPeople(e, (p) => ({ ...p, name: 'Alex Moreno' }))],
  // The same two entries again, last: an owner moves to a later entry and back.
  ['entries reordered', (e) => [...e.slice(2), e[1]!, e[0]!]],
]

function editFirstWithPeople(entries: Entry[], change: (person: Person) => Person): Entry[] {
  const at = entries.findIndex((e) => peopleOf(e).length > 0)
  return entries.map((e, i) => (i === at ? withPerson(e, change) : e))
}

describe('the written-bullet cache', () => {
  it.each(journals)(
    'changes no bullet of the %s journal, whatever was asked before',
    (_, journal, asOf) => {
      for (const options of calls(asOf)) expectSameAsCold(journal, options)
      // Read in pages, after everything above warmed the cache.
      const options = { asOf, role: 'director-ops' as const, shareSafe: true }
      const ranking = rankBullets(journal.slice(), options)
      const cold = rankBullets(structuredClone(journal) as Entry[], options)
      for (const count of [1, 5, 51, 400]) expect(ranking.take(count)).toEqual(cold.take(count))
    },
  )

  it.each(edits)('changes no bullet after %s', (_, edit) => {
    for (const [, journal, asOf] of journals) {
      const options = calls(asOf)
      for (const o of options.slice(0, 4)) generateBullets(journal, o)
      let entries = journal
      // Twice: the second edit starts from a cache the first one left.
      for (let round = 0; round < 2; round++) {
        entries = edit(entries)
        for (const o of options.slice(0, 4)) expectSameAsCold(entries, o)
      }
    }
  })

  it('knows whether the entry holds the person object a name is looked up to', () => {
    // With two Marias in the entry, "Maria" is the journal's first Maria Lopez. When that
    // is the entry's own object, her role's number is the entry's own and may be said.
    const base = fixtureJournal.find((e) => e.kind === 'leadership-moment')!
    const lopez: Person = { name: 'Maria Lopez', role: 'Tier 2 support lead', level: 'team' }
    const chen: Person = { name: 'Maria Chen', role: 'QA lead', level: 'peer' }
    const coached: Entry = {
      ...base,
      id: 'coached',
      people: [{ ...lopez }, chen],
      action: 'I coached Maria through the escalation runbook',
      result: 'Maria now runs the weekly review',
      metric: undefined,
    }
    const earlier: Entry = { ...base, id: 'earlier', people: [{ ...lopez }], metric: undefined }
    const options = { asOf: FIXTURE_AS_OF, role: 'director-ops' as const }
    const alone = generateBullets([coached], options)
    const after = generateBullets([earlier, coached], options)
    expect(alone[0]!.text).toContain('tier 2 support lead')
    expect(after.find((b) => b.entryId === 'coached')!.text).not.toContain('tier 2')
    expectSameAsCold([earlier, coached], options)
  })

  it('hands out bullets of their own: changing one changes no later answer', () => {
    const [, journal, asOf] = journals[2]!
    const options = { asOf, role: 'director-ops' as const }
    const first = generateBullets(journal, options)
    const before = structuredClone(first)
    for (const bullet of first) {
      bullet.hints.push('changed')
      bullet.competencies.reverse()
      bullet.checks.noNames = !bullet.checks.noNames
    }
    expect(generateBullets(journal, options)).toEqual(before)
  })
})
