import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/src/data/db'
import {
  clearBulletText,
  isStale,
  keepBulletText,
  saveBulletText,
  setBulletHidden,
  setBulletPinned,
} from '../../../../renderer/src/data/bulletEdits'
import { StorageWriteError } from '../../../../renderer/src/data/writeErrors'

const entry = { id: 'e1', updatedAt: '2026-05-01T10:00:00.000Z' }

beforeEach(async () => {
  await db.bulletEdits.clear()
})

describe('bulletEdits repository', () => {
  it('keeps the text with the entry version it was written for', async () => {
    await saveBulletText(entry, '  Led the close redesign  ')
    const row = await db.bulletEdits.get('e1')
    expect(row).toMatchObject({ text: 'Led the close redesign', entryUpdatedAt: entry.updatedAt })
    expect(isStale(row, entry)).toBe(false)
    const changed = { ...entry, updatedAt: '2026-06-01T10:00:00.000Z' }
    expect(isStale(row, changed)).toBe(true)
    await keepBulletText(changed)
    expect(isStale(await db.bulletEdits.get('e1'), changed)).toBe(false)
  })

  it('pin and hide live beside the text; clearing the text keeps them', async () => {
    await saveBulletText(entry, 'Set the roadmap')
    await setBulletPinned(entry, true)
    await setBulletHidden(entry, true)
    await clearBulletText(entry)
    const row = await db.bulletEdits.get('e1')
    expect(row?.text).toBeUndefined()
    expect(row).toMatchObject({ pinned: true, hidden: true })
  })

  it('removes a row that holds nothing any more', async () => {
    await setBulletPinned(entry, true)
    await setBulletPinned(entry, false)
    expect(await db.bulletEdits.get('e1')).toBeUndefined()
  })

  it('refuses an empty text with a plain sentence and writes nothing', async () => {
    await expect(saveBulletText(entry, '   ')).rejects.toBeInstanceOf(StorageWriteError)
    await expect(saveBulletText(entry, '')).rejects.toThrow(/Not saved: the bullet is empty/)
    expect(await db.bulletEdits.count()).toBe(0)
  })
})
