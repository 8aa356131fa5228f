// The repository: every write validated first, failures explained, nothing half-written.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addDays } from '../../../../shared/time'
import { db } from '../../../../renderer/src/data/db'
import {
  addEntries,
  deleteForever,
  markFollowUpDone,
  purgeOldTrash,
  removeSampleEntries,
  restoreEntries,
  saveEntry,
  trashEntries,
} from '../../../../renderer/src/data/entries'
import { StorageWriteError } from '../../../../renderer/src/data/writeErrors'
import { conversation, moment, today } from './fixtures'

beforeEach(async () => {
  await db.open()
  await db.entries.clear()
})
afterEach(() => vi.restoreAllMocks())

describe('saveEntry', () => {
  it('stores a valid entry and stamps its timestamps', async () => {
    const { createdAt: _c, updatedAt: _u, ...input } = moment('a')
    const saved = await saveEntry(input)
    expect(saved.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(saved.updatedAt).toBe(saved.createdAt)
    expect(await db.entries.get('a')).toEqual(saved)
  })

  it('keeps createdAt when an entry is edited', async () => {
    const first = await saveEntry(moment('a'))
    const second = await saveEntry({ ...first, title: 'Renamed' })
    expect(second.createdAt).toBe(first.createdAt)
    expect((await db.entries.get('a'))?.title).toBe('Renamed')
  })

  it('rejects an invalid entry with a StorageWriteError and writes nothing', async () => {
    const bad = { ...moment('a'), title: '', occurredOn: addDays(today(), 2) }
    const error = await saveEntry(bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageWriteError)
    expect((error as StorageWriteError).message).toBe('Not saved: title is required.')
    expect((error as StorageWriteError).problems).toEqual([
      { path: 'title', message: 'is required' },
    ])
    expect(await db.entries.count()).toBe(0)
  })

  it('rejects a future date', async () => {
    const error = await saveEntry(moment('a', { occurredOn: addDays(today(), 1) })).catch((e) => e)
    expect((error as Error).message).toBe(
      'Not saved: occurredOn is in the future; log things that have already happened.',
    )
    expect(await db.entries.count()).toBe(0)
  })

  it('explains a full disk, also when IndexedDB wraps it in an AbortError', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    })
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quota,
    })
    vi.spyOn(db.entries, 'put').mockRejectedValue(abort)
    const error = await saveEntry(moment('a')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageWriteError)
    expect((error as Error).message).toMatch(/^Not saved: the disk is full/)
  })
})

describe('trash', () => {
  it('moves to the trash, restores and deletes for good', async () => {
    await addEntries([moment('a'), moment('b')])
    await trashEntries(['a'])
    expect((await db.entries.get('a'))?.deletedAt).toBeDefined()
    await restoreEntries(['a'])
    const restored = await db.entries.get('a')
    expect(restored && 'deletedAt' in restored).toBe(false)
    await deleteForever(['a'])
    expect(await db.entries.get('a')).toBeUndefined()
    expect(await db.entries.get('b')).toBeDefined()
  })

  it('purges only trash older than 30 days', async () => {
    const now = new Date()
    const old = new Date(now.getTime() - 40 * 86_400_000).toISOString()
    const recent = new Date(now.getTime() - 5 * 86_400_000).toISOString()
    await db.entries.bulkPut([
      moment('old', { deletedAt: old }),
      moment('recent', { deletedAt: recent }),
      moment('live'),
    ])
    expect(await purgeOldTrash(now)).toBe(1)
    expect((await db.entries.toCollection().primaryKeys()).sort()).toEqual(['live', 'recent'])
  })
})

describe('follow-ups and samples', () => {
  it('marks a follow-up done', async () => {
    await addEntries([conversation('c', { followUpOn: today() } as never)])
    await markFollowUpDone('c')
    const entry = await db.entries.get('c')
    expect(entry?.kind === 'difficult-conversation' && entry.followUpDoneAt).toBeTruthy()
  })

  it('adds all or nothing', async () => {
    const error = await addEntries([moment('ok'), moment('bad', { title: '' })]).catch((e) => e)
    expect(error).toBeInstanceOf(StorageWriteError)
    expect(await db.entries.count()).toBe(0)
  })

  it('removes only sample entries', async () => {
    await addEntries([
      moment('s1', { sample: true }),
      moment('s2', { sample: true }),
      moment('mine'),
    ])
    expect(await removeSampleEntries()).toBe(2)
    expect(await db.entries.toCollection().primaryKeys()).toEqual(['mine'])
  })
})
