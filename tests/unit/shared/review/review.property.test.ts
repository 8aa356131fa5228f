// Properties of the review on generated journals (tests/fixtures/generateJournal.ts),
// with the user's own words and bullet edits naming people as a user would:
// - share-safe output in every format (Markdown, HTML, DOCX text, JSON) holds no name,
//   no level in brackets and no "X (…)'s";
// - without showScores no readiness figure appears anywhere;
// - edits, pins and hides reach the highlights.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { generateBullets } from '../../../../shared/bullets'
import { peopleOf, type Entry } from '../../../../shared/entry'
import { BAND_LABELS } from '../../../../shared/readiness'
import {
  buildReview,
  renderReviewDocx,
  renderReviewHtml,
  renderReviewMarkdown,
  type Review,
  type ReviewBulletEdit,
  type ReviewOptions,
} from '../../../../shared/review'
import { generateJournal } from '../../../fixtures/generateJournal'
import { docxText, readZip } from './reviewZip'

const AS_OF = '2026-11-20'
/** The quarter before AS_OF, finished, and the running one, judged as of AS_OF. */
const PERIODS = [
  { from: '2026-07-01', to: '2026-09-30' },
  { from: '2026-10-01', to: '2026-12-31', asOf: AS_OF },
] as const

interface Case {
  journal: Entry[]
  options: ReviewOptions
}

/** Every full name and each part of two letters or more, of everyone the journal names. */
function namesIn(journal: readonly Entry[]): string[] {
  const names = new Set<string>()
  for (const person of journal.flatMap(peopleOf)) {
    names.add(person.name)
    for (const part of person.name.split(/\s+/)) if (part.length >= 2) names.add(part)
  }
  return [...names]
}

function leaks(text: string, names: readonly string[]): string[] {
  const found = names.filter((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text),
  )
  if (/\((?:team|peer|senior|executive)\)/i.test(text)) found.push('(level)')
  if (/\S \([^()]*\)['’]s\b/.test(text)) found.push("X (…)'s")
  return found
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A sentence a user writes about a colleague: full, first or last name, or a possessive. */
function mention(journal: readonly Entry[], pick: number, form: number): string {
  const people = journal.flatMap(peopleOf)
  const person = people[pick % Math.max(1, people.length)]
  if (!person) return 'The team delivered.'
  const [first = '', last = ''] = person.name.split(' ')
  return [
    `Thanks to ${person.name} for the budget.`,
    `${first}'s team carried the release.`,
    `Agreed the plan with ${last} and the sponsor.`,
    `${first} asked for the same format.`,
  ][form % 4]!
}

/** A generated journal, a period, and the user's words and edits naming its people. */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    count: fc.integer({ min: 15, max: 120 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    period: fc.constantFrom(...PERIODS),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(3)), { minLength: 4, maxLength: 4 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        text: fc.boolean(),
        pinned: fc.boolean(),
        hidden: fc.boolean(),
        name: fc.tuple(fc.nat(), fc.nat(3)),
      }),
      { maxLength: 6 },
    ),
    includeLog: fc.boolean(),
  })
  .map(({ count, seed, period, picks, edits, includeLog }) => {
    const journal = generateJournal({ count, asOf: AS_OF, seed, years: 1 })
    const say = ([pick, form]: [number, number]) => mention(journal, pick, form)
    // Edits go mostly to the period's strongest bullets, where they change the highlights,
    // and sometimes to an entry further down or with no bullet at all.
    const strongest = generateBullets(journal, {
      asOf: 'asOf' in period ? period.asOf : period.to,
      role: 'director-ops',
      from: period.from,
      to: period.to,
      limit: 8,
    }).map((b) => b.entryId)
    const others = journal
      .filter((e) => e.occurredOn >= period.from && e.occurredOn <= period.to)
      .map((e) => e.id)
      .filter((id) => !strongest.includes(id))
    const targets = [...strongest, ...others]
    const bulletEdits: ReviewBulletEdit[] = []
    edits.forEach((edit, i) => {
      const id = targets[edit.at % Math.max(1, Math.min(targets.length, 10))]
      if (!id || bulletEdits.some((e) => e.entryId === id)) return
      bulletEdits.push({
        entryId: id,
        ...(edit.text ? { text: `Edited bullet ${i + 1}: ${say(edit.name)}` } : {}),
        pinned: edit.pinned,
        hidden: edit.hidden,
      })
    })
    return {
      journal,
      options: {
        ...period,
        role: 'director-ops',
        includeLog,
        bulletEdits,
        narrative: {
          summary: `${say(picks[0]!)} ${say(picks[1]!)}`,
          asks: say(picks[2]!),
          goals: [say(picks[3]!), ''],
        },
      },
    }
  })

async function everyFormat(review: Review): Promise<Record<string, string>> {
  const files = readZip(await renderReviewDocx(review))
  return {
    json: JSON.stringify(review),
    markdown: renderReviewMarkdown(review),
    html: renderReviewHtml(review),
    docx: docxText(files.get('word/document.xml') ?? ''),
    docxProps: files.get('docProps/core.xml') ?? '',
  }
}

/** The ways the review writes a readiness figure, found in a text. */
function figuresIn(text: string): string[] {
  return [
    /of 100\b/,
    /scores? it/i,
    /overall score/i,
    /\bReadiness\b/,
    /→/,
    // The JSON export's figures.
    /"(?:readiness|scoredOn|scoreStart|scoreEnd|score|weight)":/,
    ...Object.values(BAND_LABELS).map((band) => new RegExp(`\\(${band}\\)`)),
  ]
    .filter((pattern) => pattern.test(text))
    .map(String)
}

const RUNS = { numRuns: 12 }

describe('review properties on generated journals', () => {
  it('share-safe: no name, no level in brackets, no "X (…)\'s" in any format', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ journal, options }) => {
        const names = namesIn(journal)
        const review = buildReview(journal, options)
        // The check would catch a leak: the same review with names kept names someone.
        const named = JSON.stringify(buildReview(journal, { ...options, shareSafe: false }))
        expect(leaks(named, names).length).toBeGreaterThan(0)
        for (const [format, text] of Object.entries(await everyFormat(review)))
          expect({ format, leaks: leaks(text, names) }).toEqual({ format, leaks: [] })
      }),
      RUNS,
    )
  }, 120_000)

  it('without showScores, no score, band, weight or change appears', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.boolean(), async ({ journal, options }, shareSafe) => {
        const review = buildReview(journal, { ...options, shareSafe })
        expect(review.showScores).toBe(false)
        expect(review.scoredOn).toBeUndefined()
        expect(review.summary?.readiness).toBeUndefined()
        for (const c of review.competencies ?? [])
          expect([c.weight, c.scoreStart, c.scoreEnd]).toEqual([undefined, undefined, undefined])
        for (const g of review.gaps ?? [])
          expect([g.weight, g.score]).toEqual([undefined, undefined])
        for (const [format, text] of Object.entries(await everyFormat(review)))
          expect({ format, shown: figuresIn(text) }).toEqual({ format, shown: [] })
        // The check would see them: asked for, the figures are there in every format.
        const scored = buildReview(journal, { ...options, shareSafe, showScores: true })
        for (const [format, text] of Object.entries(await everyFormat(scored)))
          if (format !== 'docxProps') expect(figuresIn(text).length).toBeGreaterThan(0)
      }),
      RUNS,
    )
  }, 120_000)

  it('edits, pins and hides reach the highlights', async () => {
    const seen = { edited: 0, pinned: 0 }
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ journal, options }) => {
        const review = buildReview(journal, options)
        const highlights = review.highlights ?? []
        const edits = new Map((options.bulletEdits ?? []).map((e) => [e.entryId, e]))
        const markdown = renderReviewMarkdown(review)
        // A hidden bullet never appears, nor the text the user wrote for it.
        for (const edit of edits.values()) {
          if (!edit.hidden) continue
          expect(highlights.map((h) => h.entryId)).not.toContain(edit.entryId)
          if (edit.text) expect(markdown).not.toContain(edit.text.slice(0, 16))
        }
        // An edited highlight shows the user's text (names described).
        for (const h of highlights) {
          const edit = edits.get(h.entryId)
          expect(h.edited).toBe(Boolean(edit?.text))
          if (edit?.text) {
            expect(h.text.startsWith(edit.text.slice(0, 16))).toBe(true)
            expect(markdown).toContain(h.text.slice(0, 16))
          }
        }
        if (highlights.some((h) => h.edited)) seen.edited++
        if (highlights.some((h) => h.pinned)) seen.pinned++
        // Pins lead, in the order the user pinned them.
        const pinnedIds = highlights.filter((h) => h.pinned).map((h) => h.entryId)
        expect(highlights.slice(0, pinnedIds.length).every((h) => h.pinned)).toBe(true)
        const pinOrder = [...edits.values()].filter((e) => e.pinned && !e.hidden)
        expect(pinnedIds).toEqual(
          pinOrder.map((e) => e.entryId).filter((id) => pinnedIds.includes(id)),
        )
        // Every pinned bullet the ranking writes for the period is there.
        const ranked = generateBullets(journal, {
          asOf: options.asOf ?? options.to,
          role: options.role ?? undefined,
          from: options.from,
          to: options.to,
        })
        for (const edit of pinOrder)
          if (ranked.some((b) => b.entryId === edit.entryId))
            expect(pinnedIds).toContain(edit.entryId)
        // The rest, by rank, fill up to five.
        const rest = ranked.filter(
          (b) => !edits.get(b.entryId)?.hidden && !pinnedIds.includes(b.entryId),
        )
        expect(highlights.slice(pinnedIds.length).map((h) => h.entryId)).toEqual(
          rest.slice(0, Math.max(0, 5 - pinnedIds.length)).map((b) => b.entryId),
        )
      }),
      // A fixed seed: twelve random journals do not always put an edited bullet among
      // the highlights, and the coverage check below must not depend on luck.
      { ...RUNS, seed: 20261201 },
    )
    // The generated edits do reach the highlights, so the checks above are not idle.
    expect(seen.edited).toBeGreaterThan(0)
    expect(seen.pinned).toBeGreaterThan(0)
  }, 120_000)
})
