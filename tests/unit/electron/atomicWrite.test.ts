import { promises as fs } from 'node:fs'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { STALE_TEMP_MS, TEMP_FILE, writeFileAtomic } from '../../../electron/atomicWrite'

let folder = ''
let target = ''

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'leadlog-atomic-'))
  target = join(folder, 'leadlog-backup-2026-01-15-093000.json')
  await writeFile(target, '{"entries":["the previous backup"]}')
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('writeFileAtomic', () => {
  it('replaces the file with the new text or bytes and leaves nothing else behind', async () => {
    await writeFileAtomic(target, '{"entries":[]}')
    expect(await readFile(target, 'utf8')).toBe('{"entries":[]}')
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]))
    expect(await readFile(target, 'utf8')).toBe('%PDF')
    expect(await readdir(folder)).toEqual(['leadlog-backup-2026-01-15-093000.json'])
  })

  it('gives a new backup owner-only permissions when asked', async () => {
    if (process.platform === 'win32') return
    const fresh = join(folder, 'new.json')
    await writeFileAtomic(fresh, '{}', { mode: 0o600 })
    expect((await fs.stat(fresh)).mode & 0o777).toBe(0o600)
  })

  it('interrupted midway (disk full after half the bytes): the previous file is intact and the temp file is gone', async () => {
    const realOpen = fs.open.bind(fs)
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args)
      // Writes the first half for real, then fails the way a full disk does.
      handle.writeFile = async (data: unknown) => {
        const text = String(data)
        await handle.write(text.slice(0, text.length / 2))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      }
      return handle
    })
    await expect(writeFileAtomic(target, '{"entries":["a much newer backup"]}')).rejects.toThrow(
      'ENOSPC',
    )
    expect(await readFile(target, 'utf8')).toBe('{"entries":["the previous backup"]}')
    expect(await readdir(folder)).toEqual(['leadlog-backup-2026-01-15-093000.json'])
  })

  it('a failing flush to disk never replaces the previous file', async () => {
    const realOpen = fs.open.bind(fs)
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args)
      handle.sync = async () => {
        throw new Error('EIO: i/o error')
      }
      return handle
    })
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow('EIO')
    expect(await readFile(target, 'utf8')).toBe('{"entries":["the previous backup"]}')
    expect(await readdir(folder)).toEqual(['leadlog-backup-2026-01-15-093000.json'])
  })

  it('a failing rename leaves the previous file and removes the temp file', async () => {
    vi.spyOn(fs, 'rename').mockRejectedValue(new Error('EXDEV: cross-device link'))
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow('EXDEV')
    expect(await readFile(target, 'utf8')).toBe('{"entries":["the previous backup"]}')
    expect(await readdir(folder)).toEqual(['leadlog-backup-2026-01-15-093000.json'])
  })

  it('writes through a temporary file in the same folder, never straight into the target', async () => {
    const rename = vi.spyOn(fs, 'rename')
    await writeFileAtomic(target, 'new')
    const [from, to] = rename.mock.calls[0] as [string, string]
    expect(to).toBe(target)
    expect(from.startsWith(join(folder, '.'))).toBe(true)
    expect(from).not.toBe(target)
  })
})

describe('crash leftovers and Windows', () => {
  const busy = (code: string) => Object.assign(new Error(`${code}: resource busy`), { code })

  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'tries the rename again while %s (a scanner holding the file), then succeeds',
    async (code) => {
      const realRename = fs.rename.bind(fs)
      const rename = vi
        .spyOn(fs, 'rename')
        .mockRejectedValueOnce(busy(code))
        .mockRejectedValueOnce(busy(code))
        .mockImplementation(realRename)
      await writeFileAtomic(target, 'new', { retryDelaysMs: [0, 0, 0] })
      expect(rename).toHaveBeenCalledTimes(3)
      expect(await readFile(target, 'utf8')).toBe('new')
    },
  )

  it('gives up after the last retry, keeps the previous file and removes the temp file', async () => {
    const rename = vi.spyOn(fs, 'rename').mockRejectedValue(busy('EBUSY'))
    await expect(writeFileAtomic(target, 'new', { retryDelaysMs: [0, 0] })).rejects.toThrow('EBUSY')
    expect(rename).toHaveBeenCalledTimes(3)
    expect(await readFile(target, 'utf8')).toBe('{"entries":["the previous backup"]}')
    expect(await readdir(folder)).toEqual(['leadlog-backup-2026-01-15-093000.json'])
  })

  it('does not retry other errors', async () => {
    const rename = vi.spyOn(fs, 'rename').mockRejectedValue(busy('ENOENT'))
    await expect(writeFileAtomic(target, 'new', { retryDelaysMs: [0, 0] })).rejects.toThrow()
    expect(rename).toHaveBeenCalledTimes(1)
  })

  it('every write sweeps its folder of temp files a crash left an hour ago, and of nothing else', async () => {
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000)
    const stale = '.settings.json.4242.0123456789ab.tmp'
    const fresh = '.report.md.4243.ba9876543210.tmp'
    const notOurs = '.hidden-notes.tmp'
    for (const name of [stale, fresh, notOurs]) await writeFile(join(folder, name), 'x')
    await fs.utimes(join(folder, stale), old, old)
    await fs.utimes(join(folder, notOurs), old, old)
    await writeFileAtomic(join(folder, 'review.md'), '# Review')
    expect((await readdir(folder)).sort()).toEqual(
      [fresh, notOurs, 'leadlog-backup-2026-01-15-093000.json', 'review.md'].sort(),
    )
    expect(TEMP_FILE.test(stale) && TEMP_FILE.test(fresh) && !TEMP_FILE.test(notOurs)).toBe(true)
  })
})
