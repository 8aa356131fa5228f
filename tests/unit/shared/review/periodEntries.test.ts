// A period's entries patched from the array read before (a few entries replaced) are the
// entries filtering and sorting the new array gives: moved in or out of the period by a
// new date, deleted, restored, or with an id that ties another entry's.
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../../../shared/entry'
import { forgetJournalCaches } from '../../../../shared/entry/forget'
import { inRangesOf } from '../../../../shared/review/periodEntries'
import { generateJournal } from '../../../fixtures/generateJournal'

const q3 = { from: '2026-07-01', to: '2026-09-30' }
const q2 = { from: '2026-04-01', to: '2026-06-30' }

/** What the lists must be: the live entries of the range, by date then id, array order on ties. */
function expected(entries: readonly Entry[], range: { from: string; to: string }): string[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .filter(
      ({ entry }) =>
        entry.deletedAt === undefined &&
        entry.occurredOn >= range.from &&
        entry.occurredOn <= range.to,
    )
    .sort(
      (a, b) =>
        (a.entry.occurredOn < b.entry.occurredOn
          ? -1
          : a.entry.occurredOn > b.entry.occurredOn
            ? 1
            : 0) ||
        (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0) ||
        a.index - b.index,
    )
    .map(({ entry, index }) => `${index}:${entry.id}`)
}

const ids = (entries: readonly Entry[], list: readonly Entry[]) =>
  list.map((entry) => `${entries.indexOf(entry)}:${entry.id}`)

function check(entries: readonly Entry[]): void {
  const [inQ3, inQ2] = inRangesOf(entries, [q3, q2]) as [Entry[], Entry[]]
  expect(ids(entries, inQ3)).toEqual(expected(entries, q3))
  expect(ids(entries, inQ2)).toEqual(expected(entries, q2))
}

describe("a period's entries after an edit", () => {
  it('are what filtering and sorting the new array gives, however the entries changed', () => {
    let entries: Entry[] = generateJournal({ count: 600, asOf: '2026-11-20', seed: 17 })
    check(entries)
    const inQ3 = entries.findIndex((e) => e.occurredOn >= q3.from && e.occurredOn <= q3.to)
    const changes: ((e: Entry, all: readonly Entry[]) => Entry)[] = [
      (e) => ({ ...e, title: `${e.title} (edited)` }),
      (e) => ({ ...e, occurredOn: '2026-05-02' }),
      (e) => ({ ...e, occurredOn: '2026-08-15' }),
      (e) => ({ ...e, deletedAt: '2026-11-01T00:00:00.000Z' }),
      (e) => ({ ...e, deletedAt: undefined }),
      (e) => ({ ...e, occurredOn: '2025-01-01' }),
      // Two entries of one day and id: the array's order decides.
      (e, all) => ({ ...e, occurredOn: all[inQ3]!.occurredOn, id: all[inQ3]!.id }),
    ]
    for (let round = 0; round < 40; round++) {
      const next = entries.slice()
      for (let k = 0; k <= round % 3; k++) {
        const at = (round * 131 + k * 37) % next.length
        next[at] = changes[(round + k) % changes.length]!(next[at]!, next)
      }
      check(next)
      entries = next
    }
  })

  it('are filtered afresh after many changes, another length, or a lock', () => {
    const entries = generateJournal({ count: 300, asOf: '2026-11-20', seed: 23 })
    check(entries)
    check(entries.map((e) => ({ ...e })))
    check(entries.slice(1))
    check(entries.slice())
    forgetJournalCaches()
    check(entries.slice())
  })
})
