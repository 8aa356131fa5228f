// The people repository: one wording written to every entry naming the person, in one
// transaction, checked first, nothing half-applied; edited bullets stay current.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/src/data/db'
import { saveDescribeAs } from '../../../../renderer/src/data/people'
import { StorageWriteError } from '../../../../renderer/src/data/writeErrors'
import type { Entry } from '../../../../shared/entry'
import { conversation, moment } from '../journal/fixtures'

const maria = { name: 'Maria Lopez', role: 'VP Finance', level: 'executive' } as const

beforeEach(async () => {
  await db.open()
  await Promise.all([db.entries.clear(), db.bulletEdits.clear()])
})

describe('saveDescribeAs', () => {
  it('writes the wording to every entry naming the person, the trash included', async () => {
    await db.entries.bulkPut([
      moment('a', { people: [maria, { name: 'Raj', level: 'team' }] }),
      conversation('b', { counterpart: { ...maria, name: 'maria lopez' } } as never),
      moment('c', { people: [maria], deletedAt: '2026-01-02T09:00:00.000Z' }),
      moment('d', { people: [{ name: 'Raj', level: 'team' }] }),
    ])
    expect(await saveDescribeAs('Maria Lopez', '  our finance partner ')).toBe(3)
    const byId = new Map((await db.entries.toArray()).map((e) => [e.id, e]))
    expect(byId.get('a')?.people[0]?.describeAs).toBe('our finance partner')
    expect(byId.get('a')?.people[1]?.describeAs).toBeUndefined()
    const b = byId.get('b')
    expect(b?.kind === 'difficult-conversation' && b.counterpart.describeAs).toBe(
      'our finance partner',
    )
    expect(byId.get('c')?.people[0]?.describeAs).toBe('our finance partner')
    expect(byId.get('d')?.updatedAt).toBe(moment('d').updatedAt)
    expect(byId.get('a')?.updatedAt).not.toBe(moment('a').updatedAt)

    expect(await saveDescribeAs('Maria Lopez', '')).toBe(3)
    expect((await db.entries.get('a'))?.people[0]).toEqual(maria)
  })

  it('keeps an edited bullet current: a new wording is no change to the entry’s content', async () => {
    const entry = moment('a', { people: [maria] })
    await db.entries.put(entry)
    await db.bulletEdits.bulkPut([
      {
        entryId: 'a',
        text: 'Mine',
        pinned: false,
        hidden: false,
        entryUpdatedAt: entry.updatedAt,
        updatedAt: entry.updatedAt,
      },
    ])
    await saveDescribeAs('Maria Lopez', 'our finance partner')
    const saved = (await db.entries.get('a')) as Entry
    expect((await db.bulletEdits.get('a'))?.entryUpdatedAt).toBe(saved.updatedAt)
  })

  it('refuses a wording that is too long, with a sentence, and writes nothing', async () => {
    await db.entries.put(moment('a', { people: [maria] }))
    const error = await saveDescribeAs('Maria Lopez', 'x'.repeat(301)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageWriteError)
    expect((error as Error).message).toBe(
      'Not saved: the description is longer than 300 characters.',
    )
    expect((await db.entries.get('a'))?.people[0]).toEqual(maria)
  })

  it('writes nothing when one of the entries fails the entry schema', async () => {
    await db.entries.bulkPut([
      moment('a', { people: [maria] }),
      // Stored before a rule existed: not valid today.
      moment('b', { people: [maria], title: '' }),
    ])
    await expect(saveDescribeAs('Maria Lopez', 'our finance partner')).rejects.toThrow(
      /^Not saved: in the entry of \d{4}-\d{2}-\d{2}, title is required\.$/,
    )
    const all = await db.entries.toArray()
    expect(all.map((e) => e.people[0]?.describeAs)).toEqual([undefined, undefined])
  })
})
