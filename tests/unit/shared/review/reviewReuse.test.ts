// What the review keeps between builds (per journal array, per entry object, per item and
// per frozen block) never changes what it prints: the Markdown is the same whether built
// first, again for a period shown before, from a new array of the same entries, or from
// copies of them; and an edited entry prints its edit.
import { describe, expect, it } from 'vitest'
import { buildReview, renderReviewMarkdown, reviewDocument } from '../../../../shared/review'
import type { Entry } from '../../../../shared/entry'
import { generateJournal } from '../../../fixtures/generateJournal'

const role = 'director-ops' as const
const q3 = { from: '2026-07-01', to: '2026-09-30', role }
const q2 = { from: '2026-04-01', to: '2026-06-30', role }

const markdown = (entries: readonly Entry[], options: typeof q3, shareSafe = true) =>
  renderReviewMarkdown(buildReview(entries, { ...options, shareSafe }))

/** A journal no other test builds from, so nothing is kept for it yet. */
const journal = () => generateJournal({ count: 400, asOf: '2026-11-20', seed: 41 })

describe('the review is the same however much is kept', () => {
  it('prints the same for a period shown before, a new array and copied entries', () => {
    const entries = journal()
    const cold = [markdown(structuredClone(entries), q3), markdown(structuredClone(entries), q2)]
    const first = [markdown(entries, q3), markdown(entries, q2)]
    const again = [markdown(entries, q3), markdown(entries, q2)]
    const fresh = [markdown(entries.slice(), q3), markdown(entries.slice(), q2)]
    expect(first).toEqual(cold)
    expect(again).toEqual(cold)
    expect(fresh).toEqual(cold)
  })

  it('names people as the share-safe setting asks, whichever was built before', () => {
    const entries = journal()
    const named = markdown(structuredClone(entries), q3, false)
    const safe = markdown(structuredClone(entries), q3, true)
    expect(markdown(entries, q3, true)).toBe(safe)
    expect(markdown(entries, q3, false)).toBe(named)
    expect(markdown(entries.slice(), q3, true)).toBe(safe)
  })

  it('prints an edited entry as edited, the others as before', () => {
    const entries = journal()
    const at = entries.findIndex(
      (e) => e.kind === 'leadership-moment' && e.occurredOn >= q3.from && e.occurredOn <= q3.to,
    )
    expect(at).toBeGreaterThanOrEqual(0)
    markdown(entries, q3)
    const edited = entries.slice()
    edited[at] = { ...entries[at]!, title: 'Ran the quarterly planning offsite' } as Entry
    const expected = markdown(structuredClone(edited), q3)
    expect(markdown(edited, q3)).toBe(expected)
    expect(expected).toContain('Ran the quarterly planning offsite')
  })

  it('introduces a colleague where the new period first mentions them', () => {
    const entries = journal()
    // Each period is its own document: whoever was introduced in the other is introduced again.
    for (const options of [q3, q2, q3, q2])
      expect(markdown(entries, options)).toBe(markdown(structuredClone(entries), options))
  })

  it('gives a period shown before the same frozen section blocks, and an edit new ones', () => {
    const entries = journal()
    const blocksOf = (list: readonly Entry[]) =>
      new Map(
        reviewDocument(buildReview(list, { ...q3, shareSafe: true })).sections.map((s) => [
          s.id,
          s.blocks,
        ]),
      )
    const first = blocksOf(entries)
    blocksOf(entries.slice().reverse())
    const again = blocksOf(entries.slice())
    for (const id of ['moments', 'wins', 'conversations'] as const) {
      expect(Object.isFrozen(first.get(id))).toBe(true)
      expect(again.get(id)).toBe(first.get(id))
    }
    const at = entries.findIndex(
      (e) => e.kind === 'stakeholder-win' && e.occurredOn >= q3.from && e.occurredOn <= q3.to,
    )
    const edited = entries.slice()
    edited[at] = { ...entries[at]!, title: 'Closed the vendor renewal early' } as Entry
    const after = blocksOf(edited)
    expect(after.get('wins')).not.toBe(first.get('wins'))
    expect(after.get('moments')).toBe(first.get('moments'))
    expect(markdown(edited, q3)).toBe(markdown(structuredClone(edited), q3))
  })
})
