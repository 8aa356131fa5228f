// Each format's fixture imports to the entries expected: dates, titles, guessed kinds and
// competencies, metrics only when unambiguous, the source kept, and what cannot be read
// listed with its place and reason.
import { describe, expect, it } from 'vitest'
import { entrySchema } from '../../../../shared/entry'
import { importJournal, type ImportResult } from '../../../../shared/import'
import { AS_OF, fixture } from './fixtures'

const summary = (result: ImportResult) =>
  result.entries.map((e) => ({ on: e.occurredOn, kind: e.kind, title: e.title }))

function expectValid(result: ImportResult) {
  for (const entry of result.entries) expect(entrySchema.safeParse(entry).success).toBe(true)
}

describe('jrnl JSON', () => {
  const result = importJournal([fixture('jrnl.json')], { asOf: AS_OF, importId: 'imp' })

  it('reads every dated entry with its title, body, tags and star', () => {
    expect(result.format).toBe('jrnl')
    expectValid(result)
    expect(summary(result)).toEqual([
      {
        on: '2026-02-03',
        kind: 'leadership-moment',
        title: 'Walked the COO through three options for the vendor slip.',
      },
      {
        on: '2026-02-10',
        kind: 'difficult-conversation',
        title: 'Gave Kevin hard feedback about the missed deadlines.',
      },
      {
        on: '2026-02-17',
        kind: 'leadership-moment',
        title: 'Cut the ticket backlog by 40% after fixing the root cause in the intake form.',
      },
    ])
    const [first] = result.entries
    expect(first!.notes).toBe(
      'Took costed options instead of a problem. We chose to split the release.',
    )
    expect(first!.tags).toEqual(['work', 'erp', 'starred'])
    expect(first!.source).toEqual({
      format: 'jrnl',
      file: 'jrnl.json',
      where: 'entry 1 (2026-02-03 18:20)',
      sourceId: expect.any(String),
      importId: 'imp',
    })
  })

  it('makes a metric of the one unambiguous number', () => {
    expect(result.entries[2]!.metric).toEqual({
      value: 40,
      unit: '%',
      measure: 'reduction in ticket backlog',
    })
    expect(result.entries[0]!.metric).toBeUndefined()
  })

  it('refuses an entry dated after asOf, saying so', () => {
    expect(result.skipped).toEqual([
      {
        file: 'jrnl.json',
        where: 'entry 4 (2027-05-01 10:00)',
        why: expect.stringContaining('after today (2026-12-01)'),
      },
    ])
  })
})

describe('Day One JSON', () => {
  const result = importJournal([fixture('dayone/Journal.json')], { asOf: AS_OF })

  it('takes the first line as the title and unescapes the punctuation', () => {
    expect(result.format).toBe('dayone')
    expectValid(result)
    const [thanks, coaching] = result.entries
    expect(thanks!.title).toBe('Thanks from the CFO')
    expect(thanks!.notes).toBe(
      'Marcus thanked the team for the month-end close. 18% faster month-end close than last quarter!',
    )
    expect(coaching!.title).toBe(
      'Coached Aisha through her first steering committee. She ran it on her own (and well).',
    )
    expect(coaching!.notes).toBe('Next: let her take the vendor review too.')
  })

  it('dates an entry by the day in the writer’s time zone, not UTC', () => {
    // 02:30 UTC on 3 March is the evening of 2 March in New York.
    expect(result.entries[0]!.occurredOn).toBe('2026-03-02')
    expect(result.entries[1]!.occurredOn).toBe('2026-03-10')
  })

  it('guesses a stakeholder’s thanks, keeps the uuid and the star', () => {
    const thanks = result.entries[0]!
    expect(thanks.kind).toBe('stakeholder-win')
    expect(thanks.competencies[0]).toBe('stakeholders')
    expect(thanks.tags).toEqual(['work', 'finance', 'starred'])
    expect(thanks.source?.sourceId).toBe('6A2C1F0E9B8D4C7A8E5F3D2B1A0C9E8D')
    expect(result.entries[1]!.competencies).toContain('people')
  })

  it('lists the entry without a readable date', () => {
    expect(result.skipped).toEqual([
      {
        file: 'Journal.json',
        where: 'entry 3 (A1B2C3D4E5F60718293A4B5C6D7E8F90)',
        why: 'has no readable creationDate',
      },
    ])
  })
})

describe('a Markdown brag document with mixed heading styles', () => {
  const result = importJournal([fixture('brag.md')], { asOf: AS_OF })
  const byTitle = (start: string) => result.entries.find((e) => e.title.startsWith(start))!

  it('makes one entry per bullet or paragraph, dated by the nearest dated heading', () => {
    expect(result.format).toBe('markdown')
    expectValid(result)
    expect(summary(result)).toEqual([
      {
        on: '2026-01-20',
        kind: 'leadership-moment',
        title: 'Led the incident review after the payroll outage',
      },
      {
        on: '2026-02-01',
        kind: 'leadership-moment',
        title: 'Shipped the new intake form, reducing triage time by 30%',
      },
      {
        on: '2026-02-01',
        kind: 'leadership-moment',
        title: 'Migrated the finance reports to the new ERP',
      },
      {
        on: '2026-02-01',
        kind: 'leadership-moment',
        title: 'Paired with Sam on his first vendor negotiation',
      },
      { on: '2026-02-01', kind: 'leadership-moment', title: 'Finished the PMP exam prep course.' },
      {
        on: '2026-03-14',
        kind: 'stakeholder-win',
        title: 'Got a thank-you note from the VP Sales for the forecast dashboard',
      },
      {
        on: '2026-01-01',
        kind: 'leadership-moment',
        title: 'Wrote the project intake standard, now used by four teams',
      },
    ])
  })

  it('keeps a titled day heading’s text as its notes', () => {
    expect(byTitle('Led the incident review').notes).toBe(
      'I ran the review with Finance and IT and we fixed the root cause in the batch scheduler.\n\n- No repeat outage since',
    )
  })

  it('lets the section heading hint the competency and keeps continuation lines', () => {
    const paired = byTitle('Paired with Sam')
    expect(paired.competencies[0]).toBe('people')
    expect(paired.notes).toBe('He led the second call himself.')
    expect(byTitle('Finished the PMP').competencies[0]).toBe('growth')
    expect(byTitle('Wrote the project intake standard').competencies[0]).toBe('process')
    expect(paired.source?.where).toBe('line 24 (February 2026 › Collaboration & mentorship)')
  })

  it('skips goals and unchecked tasks, with the lines and why', () => {
    expect(result.skipped).toEqual([
      {
        file: 'brag.md',
        where: 'lines 5–6',
        why: 'is under “Goals for this year”: plans, not things that have happened',
      },
      { file: 'brag.md', where: 'line 20', why: 'is an unchecked task: not done yet' },
    ])
  })
})

describe('Markdown daily notes', () => {
  const result = importJournal([fixture('daily/2026-03-16.md'), fixture('daily/2026-03-17.md')], {
    asOf: AS_OF,
  })

  it('makes one entry per note, dated by its file name, with its front matter’s tags', () => {
    expectValid(result)
    expect(summary(result)).toEqual([
      { on: '2026-03-16', kind: 'leadership-moment', title: 'Steering committee went well' },
      {
        on: '2026-03-17',
        kind: 'difficult-conversation',
        title: 'Difficult conversation with Peter about the missed handover',
      },
    ])
    expect(result.entries[0]!.tags).toEqual(['weekly', 'steering'])
    expect(result.entries[0]!.notes).toBe(
      'Presented the revised plan; the sponsor approved the budget change.',
    )
    expect(result.skipped).toEqual([])
  })
})

describe('CSV', () => {
  const result = importJournal([fixture('achievements.csv')], { asOf: AS_OF })

  it('detects the delimiter, the date format and the columns', () => {
    expect(result.format).toBe('csv')
    expect(result.csv).toEqual({
      delimiter: ';',
      headers: ['Date', 'What', 'Details', 'Type', 'Competencies', 'Tags', 'With'],
      mapping: { date: 0, title: 1, notes: 2, kind: 3, competencies: 4, tags: 5, people: 6 },
      dateFormat: 'dmy',
    })
  })

  it('reads each row, taking the kind, competencies, tags and people it gives', () => {
    expectValid(result)
    expect(summary(result)).toEqual([
      {
        on: '2026-03-14',
        kind: 'leadership-moment',
        title: 'Presented the Q1 roadmap to the leadership team',
      },
      { on: '2026-02-28', kind: 'stakeholder-win', title: 'Thanks from the client sponsor' },
      { on: '2026-03-15', kind: 'leadership-moment', title: 'Mentored the new PM' },
    ])
    const [roadmap, thanks, mentoring] = result.entries
    expect(roadmap!.competencies).toEqual(['strategy', 'communication'])
    expect(roadmap!.tags).toEqual(['roadmap', 'q1'])
    expect(roadmap!.people).toEqual([{ name: 'Helen Brooks', role: 'COO', level: 'executive' }])
    expect(thanks!.notes).toBe('She said: "best release in years"')
    expect(mentoring!.competencies).toEqual(['people'])
  })

  it('lists an impossible date and an unknown competency by row', () => {
    expect(result.skipped).toEqual([
      {
        file: 'achievements.csv',
        where: 'row 4',
        why: 'has a date Leadlog cannot read as day/month/year: “31/13/2026”',
      },
      {
        file: 'achievements.csv',
        where: 'row 5, competencies',
        why: '“Listening” is not a competency Leadlog knows; left out',
      },
    ])
  })

  it('follows the user’s corrected mapping and date format', () => {
    const corrected = importJournal([fixture('achievements.csv')], {
      asOf: AS_OF,
      csv: { mapping: { date: 0, title: 2 }, dateFormat: 'mdy' },
    })
    // Read month first, only 03/14 and 13/... fail; 02/28 is not a real day either.
    expect(corrected.entries.map((e) => e.title)).toEqual([])
    expect(corrected.skipped.every((s) => s.why.includes('month/day/year'))).toBe(true)
    const titles = importJournal([fixture('achievements.csv')], {
      asOf: AS_OF,
      csv: { mapping: { date: 0, title: 2 } },
    })
    expect(titles.entries[0]!.title).toBe('Secured the decision on the data platform')
  })
})

describe('files that cannot be imported', () => {
  const refuse = (files: { name: string; text: string }[]) => importJournal(files, { asOf: AS_OF })

  it('names the line and column of broken JSON', () => {
    const result = refuse([{ name: 'Journal.json', text: '{\n  "entries": [\n    {"uuid": }\n' }])
    expect(result).toEqual({
      format: null,
      entries: [],
      skipped: [
        {
          file: 'Journal.json',
          where: expect.stringMatching(/^line 3, column \d+$/),
          why: expect.stringContaining('is not valid JSON'),
        },
      ],
    })
  })

  it('refuses JSON that is not a jrnl or Day One export', () => {
    const result = refuse([{ name: 'backup.json', text: '{"format": "leadlog-backup"}' }])
    expect(result.format).toBeNull()
    expect(result.skipped[0]!.why).toContain('not a jrnl or Day One export')
  })

  it('refuses a binary file and an unknown kind of file', () => {
    const result = refuse([
      { name: 'photo.jpg', text: '\u00ff\u00d8\u0000\u0010JFIF' },
      { name: 'notes.docx', text: 'PK' },
    ])
    expect(result.entries).toEqual([])
    expect(result.skipped.map((s) => s.why)).toEqual([
      expect.stringContaining('is not a text file'),
      expect.stringContaining('is not a file Leadlog can import'),
    ])
  })

  it('refuses formats chosen together', () => {
    const result = refuse([fixture('brag.md'), fixture('achievements.csv')])
    expect(result.format).toBeNull()
    expect(result.entries).toEqual([])
    expect(result.skipped.map((s) => s.file)).toEqual(['brag.md', 'achievements.csv'])
  })

  it('says why a brag document without dates imports nothing', () => {
    const result = refuse([
      { name: 'brag.md', text: '# Brag document\n\n## Projects\n\n- Shipped it\n- Fixed it\n' },
    ])
    expect(result.entries).toEqual([])
    expect(result.skipped).toEqual([
      { file: 'brag.md', where: 'lines 5–6', why: expect.stringContaining('has no date above it') },
    ])
  })
})
