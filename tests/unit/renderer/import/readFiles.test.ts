// Opening the chosen files: a Day One zip becomes its journal files (photos left inside),
// a broken zip or one without journals is refused by name, a file over the cap is refused
// before it is read; and the import runs on the page when no worker can start.
import { describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { MAX_BACKUP_BYTES } from '../../../../shared/backup'
import { importOffThread } from '../../../../renderer/src/features/import/importOffThread'
import { openFiles, readChosenFiles } from '../../../../renderer/src/features/import/readFiles'

const journal = readFileSync('tests/fixtures/import/dayone/Journal.json', 'utf8')

describe('openFiles', () => {
  it('passes a Day One zip on as its journals, not its photos', () => {
    const zip = zipSync({
      'Journal.json': strToU8(journal),
      'Work.json': strToU8('{"metadata": {}, "entries": []}'),
      'photos/4B7A0C6E2D1F.jpeg': new Uint8Array([0xff, 0xd8, 0xff]),
      '__MACOSX/._Journal.json': strToU8('{}'),
    })
    const opened = openFiles([{ name: 'Export.zip', bytes: zip }])
    expect(opened.skipped).toEqual([])
    expect(opened.files.map((f) => f.name)).toEqual([
      'Export.zip › Journal.json',
      'Export.zip › Work.json',
    ])
    expect(opened.files[0]!.text).toBe(journal)
  })

  it('refuses a broken zip and a zip without journals, by name', () => {
    const broken = zipSync({ 'Journal.json': strToU8(journal) }).slice(0, 40)
    const photos = zipSync({ 'photos/a.jpeg': new Uint8Array([1, 2, 3]) })
    const opened = openFiles([
      { name: 'Broken.zip', bytes: broken },
      { name: 'Photos.zip', bytes: photos },
    ])
    expect(opened.files).toEqual([])
    expect(opened.skipped).toEqual([
      {
        file: 'Broken.zip',
        where: 'whole file',
        why: expect.stringContaining('is not a zip Leadlog can open'),
      },
      {
        file: 'Photos.zip',
        where: 'whole file',
        why: expect.stringContaining('holds no journal (.json) file'),
      },
    ])
  })

  it('reads other files as text', () => {
    const opened = openFiles([{ name: 'brag.md', bytes: strToU8('## 2026-03-14\n- Shipped it') }])
    expect(opened.files).toEqual([{ name: 'brag.md', text: '## 2026-03-14\n- Shipped it' }])
  })
})

describe('readChosenFiles', () => {
  it('refuses a file over the size cap without reading it', async () => {
    const huge = {
      name: 'huge.json',
      size: MAX_BACKUP_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    }
    const read = await readChosenFiles([huge])
    expect(read.files).toEqual([])
    expect(read.skipped).toEqual([
      {
        file: 'huge.json',
        where: 'whole file',
        why: expect.stringContaining('larger than the 256 MB'),
      },
    ])
  })
})

describe('importOffThread', () => {
  it('runs on the page where no worker can start, with the same result', async () => {
    const result = await importOffThread(
      [{ name: 'Journal.json', bytes: strToU8(journal) }],
      { asOf: '2026-12-01', importId: 'page' },
      () => undefined,
      () => undefined,
    )
    expect(result.format).toBe('dayone')
    expect(result.entries.map((e) => e.title)).toEqual([
      'Thanks from the CFO',
      'Coached Aisha through her first steering committee. She ran it on her own (and well).',
    ])
  })
})
