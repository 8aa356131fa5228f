import { describe, expect, it } from 'vitest'
import { sampleJournal } from '../../../../shared/entry'
import {
  COMPETENCY_IDS,
  ENTRY_KINDS,
  LEVELS,
  peopleOf,
  validateEntry,
} from '../../../../shared/entry'
import { addDays } from '../../../../shared/time'
import { computeReadiness } from '../../../../shared/readiness'

const AS_OF = '2026-11-22'

describe('sampleJournal', () => {
  const entries = sampleJournal(AS_OF)

  it('holds about two dozen entries, every one valid as of the date', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20)
    expect(entries.length).toBeLessThanOrEqual(30)
    for (const entry of entries) {
      const check = validateEntry(entry, AS_OF)
      expect(check.ok ? [] : check.problems, entry.id).toEqual([])
    }
  })

  it('stays valid whatever the date, including a leap day and a year boundary', () => {
    for (const asOf of ['2024-02-29', '2027-01-01', '2031-07-15']) {
      for (const entry of sampleJournal(asOf)) expect(validateEntry(entry, asOf).ok).toBe(true)
    }
  })

  it('has unique deterministic ids and marks every entry as sample', () => {
    const ids = entries.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids[0]).toBe('sample-01')
    expect(sampleJournal(AS_OF)).toEqual(entries)
    expect(entries.every((e) => e.sample === true)).toBe(true)
  })

  it('is dated within the last five months, never after asOf, with timestamps on the day', () => {
    const earliest = addDays(AS_OF, -160)
    for (const e of entries) {
      expect(e.occurredOn <= AS_OF, e.id).toBe(true)
      expect(e.occurredOn >= earliest, e.id).toBe(true)
      expect(e.createdAt.slice(0, 10)).toBe(e.occurredOn)
      expect(e.updatedAt >= e.createdAt).toBe(true)
    }
  })

  it('shows every kind, every level, both modes and a follow-up due on asOf', () => {
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(ENTRY_KINDS))
    expect(new Set(entries.flatMap((e) => peopleOf(e).map((p) => p.level)))).toEqual(
      new Set(LEVELS),
    )
    const modes = entries.flatMap((e) => (e.kind === 'leadership-moment' ? [e.mode] : []))
    expect(new Set(modes)).toEqual(new Set(['leader', 'manager']))
    const due = entries.filter(
      (e) => e.kind === 'difficult-conversation' && e.followUpOn === AS_OF && !e.followUpDoneAt,
    )
    expect(due).toHaveLength(1)
    const resumeWorthy = entries.filter(
      (e) => e.kind === 'difficult-conversation' && e.resumeWorthy,
    )
    expect(resumeWorthy.length).toBeGreaterThan(0)
  })

  it('puts a number on about half and covers all ten competencies unevenly', () => {
    const withMetric = entries.filter((e) => e.metric).length
    expect(withMetric / entries.length).toBeGreaterThan(0.35)
    expect(withMetric / entries.length).toBeLessThan(0.65)
    const counts = new Map<string, number>()
    for (const e of entries) for (const c of e.competencies) counts.set(c, (counts.get(c) ?? 0) + 1)
    expect([...counts.keys()].sort()).toEqual([...COMPETENCY_IDS].sort())
    expect(counts.get('influence')).toBeLessThan(counts.get('results') ?? 0)
    expect(counts.get('growth')).toBeLessThan(counts.get('stakeholders') ?? 0)
  })

  it('leaves influence and growth among the weaker readiness scores', () => {
    const readiness = computeReadiness(entries, { role: 'director-ops', asOf: AS_OF })
    const scores = Object.fromEntries(readiness.competencies.map((c) => [c.id, c.score] as const))
    expect(scores.influence).toBeLessThan(scores.results ?? 0)
    expect(scores.growth).toBeLessThan(scores.stakeholders ?? 0)
  })
})
