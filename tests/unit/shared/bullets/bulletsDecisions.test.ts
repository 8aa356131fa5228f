// A ranking of every bullet reuses the last one's near-duplicate decisions up to the first
// bullet that differs (shared/bullets/decisions.ts): after each edit of a run, warm
// rankings must equal cold ones, also when an edit makes or breaks a near-duplicate.
import { describe, expect, it } from 'vitest'
import { generateBullets, rankBullets, type Bullet } from '../../../../shared/bullets'
import { forgetJournalCaches, type Entry } from '../../../../shared/entry'
import { currentWordTable } from '../../../../shared/bullets/wordIds'
import { generateJournal } from '../../../fixtures/generateJournal'

const AS_OF = '2026-11-20'
const options = { asOf: AS_OF, role: 'director-ops' as const, shareSafe: true }

/** The journal after each edit, one entry object replaced or dropped at a time. */
function editsOf(journal: Entry[]): Entry[][] {
  // Entries by where their bullets rank, so the edits reach every part of the ranking.
  const ranked = generateBullets(journal, options).map((b) =>
    journal.findIndex((e) => e.id === b.entryId),
  )
  const [strong, middle, weak] = [ranked[5]!, ranked[150]!, ranked[300]!]
  const runs: Entry[][] = []
  let entries = journal
  const step = (change: (entries: Entry[]) => Entry[]) => {
    entries = change(entries)
    runs.push(entries)
  }
  const retitle = (at: number) => (e: Entry[]) =>
    e.map((x, i) => (i === at ? { ...x, title: `${x.title} again` } : x))
  // A copy of another entry (its own id): its bullet nearly repeats the other's, so it
  // ranks next to it and is dropped; put back, it is kept again.
  const copy = (from: number, to: number) => (e: Entry[]) =>
    e.map((x, i) => (i === to ? { ...e[from]!, id: x.id } : x))
  const restore = (at: number) => (e: Entry[]) => e.map((x, i) => (i === at ? journal[at]! : x))
  step(retitle(middle))
  step(copy(strong, weak))
  step(restore(weak))
  step(copy(weak, middle))
  step(copy(middle, strong))
  step(retitle(weak))
  step((e) => e.map((x, i) => (i === middle ? { ...x, occurredOn: AS_OF } : x)))
  step((e) => e.filter((_, i) => i !== strong))
  step((e) => e.slice())
  return runs
}

/**
 * Every bullet, written from scratch and without the reused decisions: a first read of
 * one bullet takes the heap's way, which checks each bullet as it comes.
 */
function coldBullets(entries: Entry[]): Bullet[] {
  const ranking = rankBullets(structuredClone(entries) as Entry[], options)
  ranking.take(1)
  return ranking.take(Infinity)
}

describe('near-duplicate decisions reused across rankings', () => {
  it('changes no bullet after a run of edits', () => {
    const journal = generateJournal({ count: 600, asOf: AS_OF, seed: 4 })
    const runs = editsOf(journal)
    generateBullets(journal, options)
    // One after another, so each can reuse the last one's decisions.
    const warm: Bullet[][] = runs.map((entries) => generateBullets(entries, options))
    runs.forEach((entries, i) => expect(warm[i]).toEqual(coldBullets(entries)))
  })

  it('drops the words and decisions when the journal is locked, and ranks the same after', () => {
    const journal = generateJournal({ count: 300, asOf: AS_OF, seed: 1 })
    const before = generateBullets(journal, options)
    const table = currentWordTable()
    forgetJournalCaches()
    expect(currentWordTable()).not.toBe(table)
    expect(currentWordTable().size).toBe(0)
    expect(generateBullets(journal, options)).toEqual(before)
  })
})
