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
import { backupDate, backupFileName } from '../../../electron/rotation'
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
      kind: 'backup',
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
    await writeFile(
      join(folder, copied),
      '{"format":"leadlog-backup","entries":[{"id":"a"},{"id":"b"}]}',
    )
    // An encrypted backup cannot be counted without its passphrase: not known, once.
    const sealed = 'leadlog-backup-2026-05-09-120000.json'
    await writeFile(join(folder, sealed), '{"format":"leadlog-encrypted-backup","version":1}')
    const listed = await listBackups(folder)
    expect(listed.backups.map((b) => b.entryCount)).toEqual([7, 2, -1])
    const index = JSON.parse(await readFile(join(folder, INDEX_FILE_NAME), 'utf8')) as object
    expect(index).toHaveProperty([copied], { entryCount: 2 })
    expect(index).toHaveProperty([sealed], { entryCount: -1 })
  })

  it('lists an empty or missing folder as empty', async () => {
    expect(await listBackups(join(folder, 'not-yet'))).toEqual({
      folder: join(folder, 'not-yet'),
      backups: [],
    })
  })

  it('rotates after each write: 50 daily writes leave the last 20 (March 31 the newest of March)', async () => {
    const start = at(2026, 3, 1)
    for (let i = 0; i < 50; i++) {
      await writeBackup(folder, { json: `{"day":${i}}`, entryCount: i }, addDays(start, i))
    }
    const now = addDays(start, 49)
    const names = (await listBackups(folder)).backups.map((b) => b.name)
    const expected = Array.from({ length: 20 }, (_, i) => backupFileName(addDays(now, -i)))
    expect(expected.at(-1)).toBe(backupFileName(at(2026, 3, 31)))
    expect(names).toEqual(expected)
    // The index forgets removed files.
    const index = JSON.parse(await readFile(join(folder, INDEX_FILE_NAME), 'utf8')) as object
    expect(Object.keys(index).sort()).toEqual([...expected].sort())
    expect(await rotateBackups(folder, now)).toEqual([])
  })

  it('cleans up temp files an interrupted write left, once they are an hour old', async () => {
    const now = new Date()
    const stale = '.leadlog-backup-2026-05-14-090000.json.123.abcdef012345.tmp'
    const fresh = '.leadlog-backup-2026-05-15-090000.json.456.abcdef012345.tmp'
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

  it('names snapshots by what they were taken before, and says when a backup holds far fewer entries', async () => {
    await writeBackup(folder, { json: '{}', entryCount: 400, reason: 'daily' }, at(2026, 5, 14))
    const snapshot = await writeBackup(
      folder,
      { json: '{}', entryCount: 400, reason: 'before-restore' },
      at(2026, 5, 14, 10),
    )
    expect(snapshot).toMatchObject({
      name: 'leadlog-backup-2026-05-14-100000-before-restore.json',
      kind: 'before-restore',
    })
    expect(snapshot.fewerThan).toBeUndefined()
    const shrunk = await writeBackup(
      folder,
      { json: '{}', entryCount: 3, reason: 'quit' },
      at(2026, 5, 14, 18),
    )
    expect(shrunk.fewerThan).toEqual({
      name: 'leadlog-backup-2026-05-14-100000-before-restore.json',
      createdAt: at(2026, 5, 14, 10).toISOString(),
      entryCount: 400,
    })
    const listed = (await listBackups(folder)).backups
    expect(listed.map((b) => [b.entryCount, b.kind])).toEqual([
      [3, 'backup'],
      [400, 'before-restore'],
      [400, 'backup'],
    ])
  })

  it('refuses a backup that is not valid UTF-8, naming the byte, instead of changing characters', async () => {
    const name = 'leadlog-backup-2026-05-14-090000.json'
    await writeFile(join(folder, name), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]))
    await expect(readBackup(folder, name)).rejects.toThrow(
      `${name} is not valid UTF-8 text at byte 3`,
    )
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
