import { describe, expect, it } from 'vitest'
import { generateJournal, mulberry32 } from '../../fixtures/generateJournal'
import { COMPETENCY_IDS, ENTRY_KINDS, LEVELS, peopleOf, validateEntry } from '../../../shared/entry'
import { addDays } from '../../../shared/time'

const AS_OF = '2026-11-22'

describe('mulberry32', () => {
  it('repeats for a seed, differs between seeds and stays in [0, 1)', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    const c = mulberry32(8)
    const first = Array.from({ length: 1000 }, a)
    expect(Array.from({ length: 1000 }, b)).toEqual(first)
    expect(Array.from({ length: 1000 }, c)).not.toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
  })
})

describe('generateJournal', () => {
  const entries = generateJournal({ count: 3000, asOf: AS_OF })

  it('gives exactly the number asked for, with unique ids', () => {
    expect(entries).toHaveLength(3000)
    expect(new Set(entries.map((e) => e.id)).size).toBe(3000)
  })

  it('is deterministic for a seed and different for another', () => {
    expect(generateJournal({ count: 200, asOf: AS_OF, seed: 5 })).toEqual(
      generateJournal({ count: 200, asOf: AS_OF, seed: 5 }),
    )
    expect(generateJournal({ count: 200, asOf: AS_OF, seed: 6 })).not.toEqual(
      generateJournal({ count: 200, asOf: AS_OF, seed: 5 }),
    )
  })

  it('produces only entries that pass validateEntry as of the date', () => {
    const invalid = entries.flatMap((e) => {
      const check = validateEntry(e, AS_OF)
      return check.ok ? [] : [{ id: e.id, problems: check.problems }]
    })
    expect(invalid).toEqual([])
  })

  it('spreads dates over about four years, never after asOf, with sane timestamps', () => {
    const dates = entries.map((e) => e.occurredOn).sort()
    expect(dates[0]! >= addDays(AS_OF, -4 * 365)).toBe(true)
    expect(dates[0]! < addDays(AS_OF, -3 * 365)).toBe(true)
    expect(dates.at(-1)! <= AS_OF).toBe(true)
    for (const e of entries) {
      expect(e.createdAt.slice(0, 10) >= e.occurredOn, e.id).toBe(true)
      expect(e.updatedAt >= e.createdAt, e.id).toBe(true)
      expect(e.updatedAt.slice(0, 10) <= AS_OF, e.id).toBe(true)
    }
  })

  it('mixes kinds, levels, competencies, metrics, modes, outcomes and a few deleted entries', () => {
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(ENTRY_KINDS))
    expect(new Set(entries.flatMap((e) => peopleOf(e).map((p) => p.level)))).toEqual(
      new Set(LEVELS),
    )
    expect(new Set(entries.flatMap((e) => e.competencies))).toEqual(new Set(COMPETENCY_IDS))
    const withMetric = entries.filter((e) => e.metric).length / entries.length
    expect(withMetric).toBeGreaterThan(0.35)
    expect(withMetric).toBeLessThan(0.55)
    const deleted = entries.filter((e) => e.deletedAt).length
    expect(deleted).toBeGreaterThan(0)
    expect(deleted).toBeLessThan(entries.length * 0.03)
    const modes = new Set(entries.flatMap((e) => (e.kind === 'leadership-moment' ? [e.mode] : [])))
    expect(modes).toEqual(new Set(['leader', 'manager']))
    const conversations = entries.filter((e) => e.kind === 'difficult-conversation')
    expect(new Set(conversations.map((e) => e.outcome)).size).toBe(3)
    expect(conversations.some((e) => e.resumeWorthy)).toBe(true)
  })

  it('writes realistic text lengths: notes and fields in the hundreds of characters', () => {
    const lengths = entries.map((e) => JSON.stringify(e).length).sort((a, b) => a - b)
    const median = lengths[Math.floor(lengths.length / 2)]!
    expect(median).toBeGreaterThan(700)
    expect(median).toBeLessThan(4000)
    const noteLengths = entries.map((e) => e.notes.length)
    expect(Math.max(...noteLengths)).toBeGreaterThan(200)
  })
})
