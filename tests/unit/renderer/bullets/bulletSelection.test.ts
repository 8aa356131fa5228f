// The view reads the ranking only as far as its page, yet pins, hides and the
// "more" button must be as if every bullet had been written.
import { describe, expect, it } from 'vitest'
import {
  createBulletChecker,
  generateBullets,
  isBulletCandidate,
  rankBullets,
  type BulletOptions,
} from '../../../../shared/bullets'
import { createShareSafe, uniquePeople } from '../../../../shared/bullets'
import type { Entry } from '../../../../shared/entry'
import type { BulletEditRow } from '../../../../renderer/src/data/db'
import {
  selectBullets,
  type SelectionInput,
} from '../../../../renderer/src/features/bullets/bulletSelection'
import { fixtureJournal, FIXTURE_AS_OF } from '../../../fixtures/journal'

const options: BulletOptions = { asOf: FIXTURE_AS_OF }
const all = generateBullets(fixtureJournal, options)
const byId = new Map(fixtureJournal.map((entry) => [entry.id, entry]))

function edit(entryId: string, change: Partial<BulletEditRow>): [string, BulletEditRow] {
  const entry = byId.get(entryId)!
  return [
    entryId,
    {
      entryId,
      pinned: false,
      hidden: false,
      entryUpdatedAt: entry.updatedAt,
      updatedAt: '2026-11-01T10:00:00.000Z',
      ...change,
    },
  ]
}

function select(input: Partial<SelectionInput> = {}) {
  return selectBullets({
    ranking: rankBullets(fixtureJournal, options),
    entries: byId,
    edits: new Map(),
    check: createBulletChecker(fixtureJournal),
    redact: (text: string) => text,
    isCandidate: (entry: Entry) => isBulletCandidate(entry, options),
    competency: '',
    showHidden: false,
    limit: 3,
    ...input,
  })
}

describe('selectBullets', () => {
  it('shows the first page in rank order and says whether more follow', () => {
    expect(all.length).toBeGreaterThan(4)
    const page = select()
    expect(page.shown.map((item) => item.bullet)).toEqual(all.slice(0, 3))
    expect(page.more).toBe(true)
    expect(page.any).toBe(true)
    const whole = select({ limit: all.length })
    expect(whole.shown).toHaveLength(all.length)
    expect(whole.more).toBe(false)
  })

  it('lists a pinned bullet and counts a hidden one far below the page', () => {
    const last = all[all.length - 1]!
    const beforeLast = all[all.length - 2]!
    const edits = new Map([
      edit(last.entryId, { pinned: true, text: 'Led the thing that mattered' }),
      edit(beforeLast.entryId, { hidden: true }),
      edit(all[0]!.entryId, { hidden: true }),
    ])
    const page = select({ edits })
    expect(page.pinned).toEqual(['Led the thing that mattered'])
    expect(page.hiddenCount).toBe(2)
    expect(page.shown.map((item) => item.bullet.entryId)).toEqual(
      all.slice(1, 4).map((b) => b.entryId),
    )
    const withHidden = select({ edits, showHidden: true })
    expect(withHidden.shown[0]!.hidden).toBe(true)
  })

  it('filters by competency and checks the text the user wrote', () => {
    const competency = all[0]!.competencies[0]!
    const edits = new Map([edit(all[0]!.entryId, { text: 'I helped Maria a lot' })])
    const page = select({ competency, edits, limit: all.length })
    expect(page.shown.length).toBe(all.filter((b) => b.competencies.includes(competency)).length)
    for (const item of page.shown) expect(item.bullet.competencies).toContain(competency)
    const mine = page.shown[0]!
    expect(mine.edited).toBe(true)
    expect(mine.text).toBe('I helped Maria a lot')
    expect(mine.checks.noFirstPerson).toBe(false)
  })

  it('replaces names the user typed when copying or exporting in share-safe mode', () => {
    const name = uniquePeople(fixtureJournal)[0]!.name
    const text = `Coached ${name} through the audit`
    const edits = new Map([edit(all[0]!.entryId, { text, pinned: true })])
    const redact = createShareSafe(uniquePeople(fixtureJournal))
    const page = select({ edits, redact })
    // Shown as the user wrote it (and flagged), shared without the name.
    expect(page.shown[0]!.text).toBe(text)
    expect(page.shown[0]!.checks.noNames).toBe(false)
    expect(page.shown[0]!.shareText).not.toContain(name.split(' ')[0]!)
    expect(page.pinned).toEqual([page.shown[0]!.shareText])
  })

  it('says when the period has no bullets at all', () => {
    const none = select({ ranking: rankBullets([], options) })
    expect(none).toEqual({ shown: [], more: false, any: false, hiddenCount: 0, pinned: [] })
  })
})
