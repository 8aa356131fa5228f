import { describe, expect, it, vi } from 'vitest'
import { sampleJournal, type Entry, type Person } from '../../../../shared/entry'
import {
  buildPromotionCase,
  CASE_SECTION_TITLES,
  CASE_SECTIONS,
  casePeriod,
  PER_COMPETENCY,
  promotionDocument,
  QUOTED_CAP,
  renderPromotionCaseDocx,
  renderPromotionCaseMarkdown,
  STORY_CAPS,
  STORY_SECTIONS,
  type PromotionCase,
} from '../../../../shared/promotion'
import { moment, talk, win } from './makeEntries'

const ASOF = '2026-12-01'
const sample = sampleJournal(ASOF)
const base = { asOf: ASOF, role: 'director-ops' as const }

const coo: Person = { name: 'Helen Brooks', role: 'COO', level: 'executive' }
const pm: Person = { name: 'Aisha Bello', role: 'Project manager', level: 'team' }

/** Every entry id told in the story sections, with repeats. */
function storyIds(c: PromotionCase): string[] {
  return STORY_SECTIONS.flatMap((s) => c[s].items.map((i) => i.entryId))
}

describe('promotion case: period and defaults', () => {
  it('covers the 12 months ending the as-of day, share-safe, for the default role', () => {
    const c = buildPromotionCase(sample, { asOf: ASOF })
    expect(c.period).toEqual({ from: '2025-12-02', to: '2026-12-01' })
    expect(c.shareSafe).toBe(true)
    expect(c.role).toEqual({ id: 'director-ops', name: 'Director of Operations' })
    expect(c.title).toBe('Promotion case: Director of Operations')
    expect(c.counts.total).toBe(sample.length)
  })

  it('takes a custom period, a missing start meaning the 12 months before the end', () => {
    expect(casePeriod({ asOf: ASOF, from: '2026-01-01', to: '2026-06-30' })).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    })
    expect(casePeriod({ asOf: ASOF, to: '2026-06-30' })).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
    })
    // 29 Feb has no twin a year before: the year starts on 1 Mar.
    expect(casePeriod({ asOf: '2028-02-29' })).toEqual({ from: '2027-03-01', to: '2028-02-29' })
  })

  it('refuses a period that ends before it starts, or a date that is not real', () => {
    expect(() => casePeriod({ asOf: ASOF, from: '2026-07-01', to: '2026-06-30' })).toThrow(
      /starts after it ends/,
    )
    expect(() => casePeriod({ asOf: '2026-02-30' })).toThrow(/not a real date/)
  })

  it('counts only live entries inside the period and not after the as-of day', () => {
    const entries: Entry[] = [
      moment({ id: 'in', occurredOn: '2026-03-01' }),
      moment({ id: 'before', occurredOn: '2025-11-29' }),
      moment({ id: 'deleted', occurredOn: '2026-03-02', deletedAt: '2026-03-03T00:00:00.000Z' }),
      moment({ id: 'later', occurredOn: '2026-11-30' }),
    ]
    const c = buildPromotionCase(entries, { asOf: '2026-11-29' })
    expect(c.counts.total).toBe(1)
    expect(c.period.from).toBe('2025-11-30')
    expect(JSON.stringify(c)).not.toMatch(/Moment (before|deleted|later)/)
  })
})

describe('promotion case: sections', () => {
  const c = buildPromotionCase(sample, base)

  it('answers the committee’s eight questions, in order', () => {
    const doc = promotionDocument(c)
    expect(doc.sections.map((s) => s.id)).toEqual([...CASE_SECTIONS])
    expect(doc.sections.map((s) => s.title)).toEqual(
      CASE_SECTIONS.map((id) => CASE_SECTION_TITLES[id]),
    )
    for (const section of doc.sections) expect(section.blocks.length).toBeGreaterThan(0)
  })

  it('tells each entry once, where it is strongest', () => {
    const ids = storyIds(c)
    expect(new Set(ids).size).toBe(ids.length)
    // Measured results lead with numbers; the rest go where their competencies say.
    for (const item of c.impact.items)
      expect(sample.find((e) => e.id === item.entryId)?.metric).toBeDefined()
    for (const item of c.people.items)
      expect(sample.find((e) => e.id === item.entryId)?.competencies).toContain('people')
  })

  it('leaves coordinating (a moment logged as manager) out of the story', () => {
    const managed = sample.filter((e) => e.kind === 'leadership-moment' && e.mode === 'manager')
    expect(managed.length).toBeGreaterThan(0)
    for (const e of managed) expect(storyIds(c)).not.toContain(e.id)
  })

  it('cites the role’s competencies in weight order, each entry at most once', () => {
    expect(c.competencies.map((x) => x.id)).toEqual([
      'strategy',
      'stakeholders',
      'results',
      'people',
      'conflict',
      'communication',
      'business',
      'process',
      'influence',
      'growth',
    ])
    const cited = c.competencies.flatMap((x) => x.entries.map((e) => e.entryId))
    expect(new Set(cited).size).toBe(cited.length)
    for (const x of c.competencies) expect(x.entries.length).toBeLessThanOrEqual(PER_COMPETENCY)
    // A competency with a single entry keeps it even when a stronger one claims it too.
    expect(c.competencies.find((x) => x.id === 'influence')?.entries).toHaveLength(1)
  })

  it('quotes stakeholders in their own words, the most senior first', () => {
    expect(c.voices.quoted.map((v) => v.who)).toEqual([
      'The COO',
      'The CFO',
      'The Director of Warehouse Operations',
      'The Head of Customer Service',
    ])
    expect(c.voices.quoted[0]?.quote).toBe(
      'This is the roadmap I would have written if I had the time. Present it with me.',
    )
    expect(c.voices.others).toEqual(['the VP Sales', 'the Director of IT'])
  })

  it('writes a plain summary from the evidence: role, period, counts, the two strongest results', () => {
    expect(c.summary.own).toBe(false)
    const text = c.summary.text
    expect(text).toContain('Director of Operations')
    expect(text).toContain('the 12 months to 1 Dec 2026')
    expect(text).toContain('I logged 24 entries')
    const [first, second] = c.impact.items.map((i) => sample.find((e) => e.id === i.entryId))
    expect(text).toContain(String(first?.metric?.value))
    expect(text).toContain(String(second?.metric?.value))
    expect(text).not.toMatch(/\b(?:exceptional|outstanding|world-class|rockstar)\b/i)
  })

  it('turns the role’s top gaps into first-person plans', () => {
    expect(c.gaps).toHaveLength(3)
    expect(c.plan.own).toBe(false)
    for (const step of c.plan.steps) expect(step).toMatch(/^(?:I will|For .*, I will)/)
  })
})

describe('promotion case: the user’s own words and edits', () => {
  it('prints the user’s summary and plan in place of the written ones; blank counts as absent', () => {
    const c = buildPromotionCase(sample, {
      ...base,
      narrative: {
        summary: 'I run operations for the ERP programme.',
        plan: ['Lead the 2027 roadmap', '  '],
      },
    })
    expect(c.summary).toEqual({ text: 'I run operations for the ERP programme.', own: true })
    expect(c.plan).toEqual({ own: true, steps: ['Lead the 2027 roadmap'], more: 0 })
    const blank = buildPromotionCase(sample, { ...base, narrative: { summary: '  ', plan: [''] } })
    expect(blank.summary.own).toBe(false)
    expect(blank.plan.own).toBe(false)
  })

  it('hides names the user typed into their own words when share-safe', () => {
    const c = buildPromotionCase(sample, {
      ...base,
      narrative: { summary: 'Helen Brooks asked me to lead.', plan: ['Coach Aisha on the budget'] },
    })
    expect(c.summary.text).not.toMatch(/Helen|Brooks/)
    expect(c.plan.steps[0]).not.toMatch(/Aisha/)
  })

  it('uses an edited bullet, never tells a hidden one, and leads with the pinned ones', () => {
    const plain = buildPromotionCase(sample, base)
    const [top, second] = plain.impact.items
    const weakest = plain.impact.items.at(-1)
    const c = buildPromotionCase(sample, {
      ...base,
      bulletEdits: [
        { entryId: weakest?.entryId ?? '', pinned: true, hidden: false },
        { entryId: top?.entryId ?? '', pinned: false, hidden: true },
        {
          entryId: second?.entryId ?? '',
          text: 'My own words for this result, 42% better',
          pinned: false,
          hidden: false,
        },
      ],
    })
    expect(c.impact.items[0]).toMatchObject({ entryId: weakest?.entryId, pinned: true })
    expect(storyIds(c)).not.toContain(top?.entryId)
    expect(c.impact.items.find((i) => i.entryId === second?.entryId)?.text).toBe(
      'My own words for this result, 42% better',
    )
    // The hidden result is not among the summary's strongest either.
    const hiddenEntry = sample.find((e) => e.id === top?.entryId)
    expect(c.summary.text).not.toContain(hiddenEntry?.metric?.measure)
  })

  it('keeps pinned entries in the order they were pinned', () => {
    const ids = buildPromotionCase(sample, base).impact.items.map((i) => i.entryId)
    const [a = '', b = ''] = ids.slice(-2)
    const c = buildPromotionCase(sample, {
      ...base,
      bulletEdits: [
        { entryId: b, pinned: true, hidden: false },
        { entryId: a, pinned: true, hidden: false },
      ],
    })
    expect(c.impact.items.slice(0, 2).map((i) => i.entryId)).toEqual([b, a])
  })
})

describe('promotion case: share-safe', () => {
  it('describes people by role when share-safe and names them when not', () => {
    const safe = renderPromotionCaseMarkdown(buildPromotionCase(sample, base))
    expect(safe).not.toMatch(/Helen|Brooks|Aisha|Marcus/)
    expect(safe).toContain('**The COO:**')
    expect(safe).toContain('Share-safe: people are described by their role, not named.')
    const named = renderPromotionCaseMarkdown(
      buildPromotionCase(sample, { ...base, shareSafe: false }),
    )
    expect(named).toContain('**Helen Brooks, the COO:**')
    expect(named).not.toContain('Share-safe')
  })
})

describe('promotion case: two pages', () => {
  // Forty strong results, thirty people stories, fifteen quoting stakeholders.
  const many: Entry[] = [
    ...Array.from({ length: 40 }, (_, i) =>
      moment({
        id: `m${String(i).padStart(2, '0')}`,
        occurredOn: '2026-06-01',
        competencies: ['results', 'business'],
        metric: { value: i + 1, unit: '%', measure: 'lower cost' },
      }),
    ),
    ...Array.from({ length: 30 }, (_, i) =>
      moment({
        id: `p${String(i).padStart(2, '0')}`,
        occurredOn: '2026-07-01',
        competencies: ['people'],
      }),
    ),
    ...Array.from({ length: 15 }, (_, i) =>
      win({
        id: `w${String(i).padStart(2, '0')}`,
        occurredOn: '2026-08-01',
        stakeholder: { name: `Person${i} Surname`, role: `Director of Area ${i}`, level: 'senior' },
        feedback: 'Thank you.',
      }),
    ),
  ]
  const c = buildPromotionCase(many, base)

  it('caps every list and counts what it left out', () => {
    for (const s of STORY_SECTIONS) expect(c[s].items.length).toBeLessThanOrEqual(STORY_CAPS[s])
    expect(c.impact.items).toHaveLength(STORY_CAPS.impact)
    expect(c.voices.quoted).toHaveLength(QUOTED_CAP)
    expect(c.voices.moreQuoted).toBe(15 - QUOTED_CAP)
    for (const x of c.competencies) expect(x.entries.length).toBeLessThanOrEqual(PER_COMPETENCY)
  })

  it('says what it cut in words', () => {
    const md = renderPromotionCaseMarkdown(c)
    expect(md).toMatch(/_And \d+ more measurable results, not listed here\._/)
    expect(md).toContain('_And eleven more who gave feedback, not quoted here._')
    expect(md).toMatch(/; and \w+ more\./)
    expect(md).not.toMatch(/\+\d+/)
  })
})

describe('promotion case: determinism', () => {
  it('gives the same document whatever order the entries come in', () => {
    const one = renderPromotionCaseMarkdown(buildPromotionCase(sample, base))
    const reversed = renderPromotionCaseMarkdown(buildPromotionCase([...sample].reverse(), base))
    expect(reversed).toBe(one)
  })

  it('gives the same DOCX bytes whenever it is made', async () => {
    const c = buildPromotionCase(sample, base)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(new Date('2027-03-04T05:06:07Z'))
      const first = await renderPromotionCaseDocx(c)
      vi.setSystemTime(new Date('2031-08-09T10:11:12Z'))
      const second = await renderPromotionCaseDocx(c)
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('promotion case: an empty period', () => {
  it('says plainly that nothing is logged', () => {
    const c = buildPromotionCase(
      [
        talk({ id: 'old', occurredOn: '2020-01-01', counterpart: pm }),
        win({ id: 'w', occurredOn: '2020-02-01', stakeholder: coo }),
      ],
      base,
    )
    expect(c.counts.total).toBe(0)
    expect(c.summary.text).toBe(
      'This is my case for the Director of Operations role. I have logged no evidence in the 12 months to 1 Dec 2026 yet.',
    )
    const md = renderPromotionCaseMarkdown(c)
    expect(md).toContain('_No measurable results logged in this period yet._')
    expect(md).toContain('_No stakeholder feedback logged in this period yet._')
    expect(md).toContain('_no evidence in this period yet._')
  })
})
