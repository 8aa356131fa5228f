// Writing an import: all of it in one transaction or none of it, sealed in an encrypted
// journal, and "Undo import" removing exactly its entries. Then the preview's rows:
// duplicates left out, edits checked again.
import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Entry } from '../../../../shared/entry'
import { findDuplicates, importJournal } from '../../../../shared/import'
import { localIsoDate } from '../../../../shared/time'
import { db } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { addEntries, readAllEntries } from '../../../../renderer/src/data/entries'
import {
  ImportCancelled,
  importEntries,
  undoImport,
} from '../../../../renderer/src/data/importEntries'
import { turnOnEncryption } from '../../../../renderer/src/data/vault'
import { endSession } from '../../../../renderer/src/data/vault/session'
import { setVaultStatus } from '../../../../renderer/src/data/vault/vaultStore'
import { pastImports } from '../../../../renderer/src/features/import/importHistory'
import { editRow, makeRows } from '../../../../renderer/src/features/import/previewRows'
import { fixtureJournal } from '../../../fixtures/journal'

// jsdom's import.meta.url is not a file URL: the tests run from the repository's root.
const brag = readFileSync('tests/fixtures/import/brag.md', 'utf8')
const today = localIsoDate(new Date())

function imported(importId: string): Entry[] {
  return importJournal([{ name: 'brag.md', text: brag }], { asOf: today, importId }).entries
}

const mine = fixtureJournal.slice(0, 4)

beforeEach(async () => {
  endSession()
  setVaultStatus('unknown')
  await db.delete()
  await db.open()
  await addEntries(mine)
})

describe('importEntries and undoImport', () => {
  it('adds every entry, then undo removes exactly those', async () => {
    const entries = imported('first')
    const written = await importEntries('first', entries)
    expect(written.ids).toHaveLength(entries.length)
    const all = await readAllEntries()
    expect(all).toHaveLength(mine.length + entries.length)
    expect(all.filter((e) => e.source?.importId === 'first')).toHaveLength(entries.length)

    expect(await undoImport('first', written.ids)).toBe(entries.length)
    expect((await readAllEntries()).map((e) => e.id).sort()).toEqual(mine.map((e) => e.id).sort())
  })

  it('lists the imports in the journal from the entries themselves, newest first', async () => {
    const first = await importEntries('first', imported('first'))
    // A later moment for the second import: the list orders by it.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await importEntries('second', imported('second').slice(0, 2))
    const past = pastImports(await readAllEntries())
    expect(past.map((p) => [p.importId, p.files, p.ids.length])).toEqual([
      ['second', ['brag.md'], 2],
      ['first', ['brag.md'], first.ids.length],
    ])
    expect(past[0]!.ids.sort()).toEqual([...second.ids].sort())
  })

  it('writes nothing when one entry is invalid', async () => {
    const entries = imported('bad')
    entries[2] = { ...entries[2]!, title: '' }
    await expect(importEntries('bad', entries)).rejects.toThrow(/Nothing was imported: entry 3/)
    expect(await readAllEntries()).toHaveLength(mine.length)
  })

  it('writes nothing when an id is already taken, and never overwrites', async () => {
    const entries = imported('clash')
    entries[1] = { ...entries[1]!, id: mine[0]!.id }
    await expect(importEntries('clash', entries)).rejects.toThrow(/already in your journal/)
    const after = await readAllEntries()
    expect(after).toHaveLength(mine.length)
    expect(after.find((e) => e.id === mine[0]!.id)!.title).toBe(mine[0]!.title)
  })

  it('a cancel while writing rolls back every chunk written so far', async () => {
    // Enough entries for several write chunks: the cancel lands after the first one.
    const base = imported('big')
    const entries = Array.from({ length: 600 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `big-${i}`,
    }))
    const cancel = new AbortController()
    const before = await dumpDatabaseText()
    const writing = importEntries(
      'big',
      entries,
      (done, total) => {
        // The first chunk is written once progress passes two thirds (check, seal, write).
        if (done > (2 * total) / 3) cancel.abort()
      },
      cancel.signal,
    )
    await expect(writing).rejects.toBeInstanceOf(ImportCancelled)
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('undo leaves alone entries of another import, whatever ids it is given', async () => {
    const first = await importEntries('first', imported('first'))
    await expect(undoImport('other', first.ids)).resolves.toBe(0)
    expect(await readAllEntries()).toHaveLength(mine.length + first.ids.length)
  })

  it('seals the imported entries in an encrypted journal', async () => {
    await turnOnEncryption(
      'tangerine orbit lantern 42',
      'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789',
      undefined,
      {
        kdf: { memoryKiB: 1024, passes: 1 },
      },
    )
    const written = await importEntries('sealed', imported('sealed'))
    const raw = await dumpDatabaseText()
    expect(raw).not.toContain('Paired with Sam')
    const opened = await readAllEntries()
    expect(opened.find((e) => e.id === written.ids[0])?.title).toBe(
      'Led the incident review after the payroll outage',
    )
    expect(await undoImport('sealed', written.ids)).toBe(written.ids.length)
  })

  it('a second import of the same file is all duplicates', async () => {
    await importEntries('first', imported('first'))
    const again = imported('second')
    const rows = makeRows(again, findDuplicates(again, await readAllEntries()))
    expect(rows.every((row) => !row.include && row.duplicate)).toBe(true)
  })
})

describe('preview rows', () => {
  it('changes the kind with the kind’s own fields, and flags an empty title', () => {
    const [row] = makeRows(imported('rows'), new Map())
    const conversation = editRow(row!, { kind: 'difficult-conversation' }, today)
    expect(conversation.entry.kind).toBe('difficult-conversation')
    expect(conversation.entry).toMatchObject({ outcome: 'in-progress', resumeWorthy: false })
    expect(conversation.problem).toBeUndefined()
    const untitled = editRow(conversation, { title: '  ' }, today)
    expect(untitled.problem).toBe('The title is required')
    expect(editRow(untitled, { title: 'Back' }, today).problem).toBeUndefined()
    expect(editRow(row!, { occurredOn: '2999-01-01' }, today).problem).toMatch(/future/)
  })
})
