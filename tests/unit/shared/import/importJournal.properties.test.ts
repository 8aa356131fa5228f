// Properties of the import over generated files: whatever is importable gives entries the
// schema accepts (never dated after asOf), the same files give the same result, a second
// import of them is all duplicates, and a refused file yields no entries at all.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateEntry } from '../../../../shared/entry'
import { findDuplicates, importJournal, type ImportFile } from '../../../../shared/import'

const AS_OF = '2026-06-30'

const words = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'shipped',
        'thanked',
        'feedback',
        'conflict',
        'mentored',
        'budget',
        '18%',
        'by 40%',
        '$84k',
        'saved',
        '\\.',
        '\\-',
        '**bold**',
        '[link](x)',
        '@tag',
        '#',
        '-',
        '*',
        '1.',
        'Q1 2026',
        'March 2026',
        '2026-03-14',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 14 },
  )
  .map((w) => w.join(' '))

const day = fc
  .date({
    min: new Date('1960-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

const jrnlFile = fc
  .array(
    fc.record({
      title: words,
      body: fc.oneof(words, fc.string({ maxLength: 200 })),
      date: fc.oneof(day, fc.string({ maxLength: 12 })),
      time: fc.constant('09:00'),
      tags: fc.array(fc.oneof(fc.constant('@work'), fc.string({ maxLength: 8 })), { maxLength: 3 }),
      starred: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((entries): ImportFile => ({
    name: 'journal.json',
    text: JSON.stringify({ tags: {}, entries }),
  }))

const dayOneFile = fc
  .array(
    fc.record({
      uuid: fc.uuid(),
      creationDate: fc.oneof(
        day.map((d) => `${d}T23:30:00Z`),
        fc.string({ maxLength: 10 }),
      ),
      timeZone: fc.constantFrom(
        'Europe/London',
        'Asia/Tokyo',
        'America/Los_Angeles',
        'Not/AZone',
        '',
      ),
      text: words,
      tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      starred: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((entries): ImportFile => ({
    name: 'Journal.json',
    text: JSON.stringify({ metadata: { version: '1.0' }, entries }),
  }))

const markdownLine = fc.oneof(
  day.map((d) => `## ${d} ${'Led the review'}`),
  fc.constantFrom(
    '### March 2026',
    '# 2025',
    '## Q2 2026',
    '## Goals',
    '### Projects',
    '### What I learned',
    '',
    '---',
    '```',
    '- [ ] todo',
    '- [x] done it',
  ),
  words.map((w) => `- ${w}`),
  words.map((w) => `  ${w}`),
  words,
)

const markdownFile = fc
  .array(markdownLine, { maxLength: 30 })
  .map((lines): ImportFile => ({ name: 'brag.md', text: lines.join('\n') }))

const csvFile = fc
  .array(
    fc.tuple(
      fc.oneof(
        day,
        day.map((d) => d.split('-').reverse().join('/')),
        fc.string({ maxLength: 10 }),
      ),
      words,
      words,
      fc.constantFrom('', 'win', 'conversation', 'nonsense'),
    ),
    { maxLength: 12 },
  )
  .map((rows): ImportFile => {
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`
    const lines = rows.map((row) => row.map(quote).join(','))
    return { name: 'log.csv', text: ['date,title,notes,kind', ...lines].join('\n') }
  })

const importable = fc.oneof(
  jrnlFile.map((f) => [f]),
  dayOneFile.map((f) => [f]),
  markdownFile.map((f) => [f]),
  csvFile.map((f) => [f]),
)

describe('importJournal properties', () => {
  it('gives only entries the schema accepts, dated on or before asOf, with unique ids', () => {
    fc.assert(
      fc.property(importable, (files) => {
        const result = importJournal(files, { asOf: AS_OF })
        for (const entry of result.entries) {
          const check = validateEntry(entry, AS_OF)
          expect(check.ok ? [] : check.problems).toEqual([])
          expect(entry.source?.importId).toBeDefined()
        }
        expect(new Set(result.entries.map((e) => e.id)).size).toBe(result.entries.length)
        for (const skipped of result.skipped) expect(skipped.why.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same result for the same files', () => {
    fc.assert(
      fc.property(importable, (files) => {
        expect(importJournal(files, { asOf: AS_OF })).toEqual(importJournal(files, { asOf: AS_OF }))
      }),
      { numRuns: 100 },
    )
  })

  it('adds nothing the second time: every entry of a second import is a duplicate', () => {
    fc.assert(
      fc.property(importable, (files) => {
        const first = importJournal(files, { asOf: AS_OF, importId: 'first' })
        const second = importJournal(files, { asOf: AS_OF, importId: 'second' })
        const duplicates = findDuplicates(second.entries, first.entries)
        expect(second.entries.filter((e) => !duplicates.has(e.id))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('yields no entries from a file it refuses', () => {
    const refused = fc.oneof(
      fc.string().map((text) => ({ name: 'export.json', text: `{${text}` })),
      fc.string().map((text) => ({ name: 'photo.png', text: `\u0000${text}` })),
      fc.jsonValue().map((value) => ({ name: 'other.json', text: JSON.stringify({ not: value }) })),
      fc.string().map((text) => ({ name: 'document.docx', text: `PK${text}` })),
    )
    fc.assert(
      fc.property(refused, (file) => {
        const result = importJournal([file], { asOf: AS_OF })
        expect(result.entries).toEqual([])
        expect(result.format).toBeNull()
        expect(result.skipped).toHaveLength(1)
        expect(result.skipped[0]!.file).toBe(file.name)
      }),
      { numRuns: 200 },
    )
  })
})
