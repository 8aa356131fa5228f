import { mkdtemp, open, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  INDEX_FILE_NAME,
  listBackups,
  readBackup,
  rotateBackups,
  writeBackup,
} from '../../../electron/backups'
import {
  backupDate,
  backupFileName,
  KEEP_DAILY,
  KEEP_MONTHLY,
  planRotation,
} from '../../../electron/rotation'
import { MAX_BACKUP_BYTES } from '../../../shared/backup'

/** Local-time dates, so the tests mean the same in every time zone. */
const at = (y: number, m: number, d: number, h = 9, min = 0, s = 0) =>
  new Date(y, m - 1, d, h, min, s)
const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours())

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'leadlog-backups-'))
})

describe('backup file names', () => {
  it('are leadlog-backup-YYYY-MM-DD-HHmmss.json in local time and read back to the same time', () => {
    const date = at(2026, 3, 7, 8, 5, 9)
    expect(backupFileName(date)).toBe('leadlog-backup-2026-03-07-080509.json')
    expect(backupDate(backupFileName(date))).toEqual(date)
  })

  it.each([
    'leadlog-backup-2026-02-31-080000.json',
    'leadlog-backup-2026-03-07-080509.json.tmp',
    '.leadlog-backup-2026-03-07-080509.json.123.tmp',
    'notes.json',
    INDEX_FILE_NAME,
  ])('%s is not a backup', (name) => {
    expect(backupDate(name)).toBeNull()
  })
})

describe('rotation (fake clock)', () => {
  it('one backup a day for 500 days keeps exactly the last 14 days and the newest of each of 12 months', () => {
    const start = at(2025, 1, 1)
    const names = Array.from({ length: 500 }, (_, i) => backupFileName(addDays(start, i)))
    const now = addDays(start, 499) // 2026-05-15
    const { keep, remove } = planRotation(names, now)

    const daily = Array.from({ length: 14 }, (_, i) => backupFileName(addDays(now, -i)))
    // The newest of each month: May 2026 (today), then the last day of Apr 2026 … Jun 2025.
    const monthly = [
      backupFileName(now),
      ...Array.from({ length: 11 }, (_, i) => backupFileName(new Date(2026, 4 - i, 0, 9))),
    ]
    const expected = [...new Set([...daily, ...monthly])].sort().reverse()
    expect(keep).toEqual(expected)
    expect(keep).toHaveLength(14 + 11)
    expect(remove).toHaveLength(500 - keep.length)
    expect(new Set([...keep, ...remove])).toEqual(new Set(names))
  })

  it('keeps only the newest backup of a day (quit backups replace the morning one)', () => {
    const names = [
      backupFileName(at(2026, 5, 15, 8)),
      backupFileName(at(2026, 5, 15, 12, 30)),
      backupFileName(at(2026, 5, 15, 18, 45, 10)),
    ]
    expect(planRotation(names, at(2026, 5, 15, 19))).toEqual({
      keep: ['leadlog-backup-2026-05-15-184510.json'],
      remove: ['leadlog-backup-2026-05-15-123000.json', 'leadlog-backup-2026-05-15-080000.json'],
    })
  })

  it('counts days that have a backup, so a long holiday does not wipe the older ones', () => {
    const names = [
      ...Array.from({ length: 10 }, (_, i) => backupFileName(at(2026, 1, 1 + i))),
      backupFileName(at(2026, 5, 1)),
    ]
    const { keep, remove } = planRotation(names, at(2026, 5, 1, 10))
    expect(keep).toHaveLength(11)
    expect(remove).toEqual([])
  })

  it('keeps backups dated after now (a clock that moved back) without using a slot', () => {
    const future = backupFileName(at(2027, 1, 1))
    const past = Array.from({ length: KEEP_DAILY }, (_, i) => backupFileName(at(2026, 5, 1 + i)))
    const { keep } = planRotation([future, ...past], at(2026, 5, 20))
    expect(keep).toContain(future)
    for (const name of past) expect(keep).toContain(name)
  })

  it('keeps at most 12 monthly backups older than the daily window', () => {
    const names = Array.from({ length: 30 }, (_, i) => backupFileName(new Date(2024, i, 10, 9)))
    const { keep } = planRotation(names, at(2026, 7, 1))
    expect(keep).toHaveLength(Math.max(KEEP_DAILY, KEEP_MONTHLY))
    expect(keep.at(-1)).toBe(backupFileName(new Date(2024, 16, 10, 9)))
  })

  it('ignores files that are not backups', () => {
    expect(planRotation(['notes.txt', INDEX_FILE_NAME], at(2026, 1, 1))).toEqual({
      keep: [],
      remove: [],
    })
  })
})

describe('backups folder', () => {
  it('writes atomically, records the entry count, and lists newest first', async () => {
    const first = await writeBackup(
      folder,
      { json: '{"entries":[1,2]}', entryCount: 2 },
      at(2026, 5, 14),
    )
    expect(first).toEqual({
      name: 'leadlog-backup-2026-05-14-090000.json',
      createdAt: at(2026, 5, 14).toISOString(),
      entryCount: 2,
      bytes: 17,
    })
    await writeBackup(folder, { json: '{"entries":[1,2,3]}', entryCount: 3 }, at(2026, 5, 15))
    const listed = await listBackups(folder)
    expect(listed.folder).toBe(folder)
    expect(listed.backups.map((b) => [b.name, b.entryCount])).toEqual([
      ['leadlog-backup-2026-05-15-090000.json', 3],
      ['leadlog-backup-2026-05-14-090000.json', 2],
    ])
    expect((await readdir(folder)).sort()).toEqual([
      'leadlog-backup-2026-05-14-090000.json',
      'leadlog-backup-2026-05-15-090000.json',
      INDEX_FILE_NAME,
    ])
  })

  it('lists counts from the index without reading the backups, and counts a file copied in by hand once', async () => {
    await writeBackup(folder, { json: '{"entries":[]}', entryCount: 7 }, at(2026, 5, 14))
    // The index is trusted: the file itself says 0 entries, the list says 7.
    const copied = 'leadlog-backup-2026-05-10-120000.json'
    await writeFile(join(folder, copied), '{"entries":[{"id":"a"},{"id":"b"}]}')
    const listed = await listBackups(folder)
    expect(listed.backups.map((b) => b.entryCount)).toEqual([7, 2])
    const index = JSON.parse(await readFile(join(folder, INDEX_FILE_NAME), 'utf8')) as object
    expect(index).toHaveProperty([copied], { entryCount: 2 })
  })

  it('lists an empty or missing folder as empty', async () => {
    expect(await listBackups(join(folder, 'not-yet'))).toEqual({
      folder: join(folder, 'not-yet'),
      backups: [],
    })
  })

  it('rotates after each write: 50 daily writes leave the last 14 days plus the newest of March', async () => {
    const start = at(2026, 3, 1)
    for (let i = 0; i < 50; i++) {
      await writeBackup(folder, { json: `{"day":${i}}`, entryCount: i }, addDays(start, i))
    }
    const now = addDays(start, 49)
    const names = (await listBackups(folder)).backups.map((b) => b.name)
    const expected = [
      ...Array.from({ length: 14 }, (_, i) => backupFileName(addDays(now, -i))),
      backupFileName(at(2026, 3, 31)),
    ]
    expect(names).toEqual(expected)
    // The index forgets removed files.
    const index = JSON.parse(await readFile(join(folder, INDEX_FILE_NAME), 'utf8')) as object
    expect(Object.keys(index).sort()).toEqual([...expected].sort())
    expect(await rotateBackups(folder, now)).toEqual([])
  })

  it('cleans up temp files an interrupted write left, once they are an hour old', async () => {
    const now = new Date()
    const stale = '.leadlog-backup-2026-05-14-090000.json.123.abcdef.tmp'
    const fresh = '.leadlog-backup-2026-05-15-090000.json.456.abcdef.tmp'
    await writeFile(join(folder, stale), '{"entr')
    await writeFile(join(folder, fresh), '{"entr')
    await writeFile(join(folder, 'my-notes.tmp'), 'not ours')
    const twoHoursAgo = new Date(now.getTime() - 2 * 60 * 60 * 1000)
    await utimes(join(folder, stale), twoHoursAgo, twoHoursAgo)
    await writeBackup(folder, { json: '{}', entryCount: 0 }, now)
    const names = await readdir(folder)
    expect(names).not.toContain(stale)
    expect(names).toContain(fresh)
    expect(names).toContain('my-notes.tmp')
  })

  it('reads a backup by name, and only backup names from this folder', async () => {
    const { name } = await writeBackup(
      folder,
      { json: '{"entries":[]}', entryCount: 0 },
      at(2026, 5, 14),
    )
    expect(await readBackup(folder, name)).toBe('{"entries":[]}')
    await expect(readBackup(folder, INDEX_FILE_NAME)).rejects.toThrow(/not a Leadlog backup/)
    await expect(readBackup(folder, '../desktop-settings.json')).rejects.toThrow(
      /not a Leadlog backup/,
    )
    await expect(readBackup(folder, 'leadlog-backup-2020-01-01-000000.json')).rejects.toThrow(
      /There is no backup called/,
    )
  })
  it('refuses a backup over the cap parseBackup applies, in its words, without reading it', async () => {
    const name = 'leadlog-backup-2026-05-14-090000.json'
    const handle = await open(join(folder, name), 'w')
    await handle.truncate(MAX_BACKUP_BYTES + 1) // sparse: nothing this big is written
    await handle.close()
    await expect(readBackup(folder, name)).rejects.toThrow(
      `${name} is 257 MB, larger than the 256 MB a Leadlog backup can be (100,000 entries make about 150 MB); it is probably not a Leadlog backup.`,
    )
  })
})
