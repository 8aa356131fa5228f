// Cancelling a restore half way (issue 19): the rows already written in its transaction
// are rolled back, so the journal is exactly as it was, in either mode.
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup, type Backup } from '../../../../shared/backup'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import type { LeadlogDb } from '../../../../renderer/src/data/db'
import { applyRestore, RestoreCancelled } from '../../../../renderer/src/data/restore'
import { buildBackup } from '../../../../renderer/src/features/backup/backupFile'
import { fill, freshDb, manyEntries } from '../backup/helpers'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const opened: LeadlogDb[] = []

afterEach(() => {
  for (const database of opened.splice(0)) database.close()
})

function parsed(text: string): Backup {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.backup
}

describe('cancelling a restore', () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`after the first chunk leaves the journal as it was (${mode})`, async () => {
      const database = freshDb(`cancel-${mode}`)
      opened.push(database)
      await fill(database)
      const before = await dumpDatabaseText(database)
      const backup = parsed(
        serializeBackup({
          ...(await buildBackup({ database, now: NOW, appVersion: '1' })),
          entries: manyEntries(2500),
        }),
      )
      const cancel = new AbortController()
      const progress: number[] = []
      const error = await applyRestore(backup, mode, {
        database,
        signal: cancel.signal,
        onProgress: ({ done }) => {
          progress.push(done)
          // One chunk is in the transaction when the user cancels.
          if (done > 0) cancel.abort()
        },
      }).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(RestoreCancelled)
      expect((error as Error).message).toBe(
        'Restore cancelled. Your journal is exactly as it was before.',
      )
      expect(progress).toEqual([0, 1000])
      expect(await dumpDatabaseText(database)).toBe(before)
    })
  }

  it('before anything is written changes nothing either', async () => {
    const database = freshDb('cancel-early')
    opened.push(database)
    await fill(database)
    const before = await dumpDatabaseText(database)
    const backup = parsed(
      serializeBackup({
        ...(await buildBackup({ database, now: NOW, appVersion: '1' })),
        entries: manyEntries(10),
      }),
    )
    const cancel = new AbortController()
    cancel.abort()
    await expect(
      applyRestore(backup, 'replace', { database, signal: cancel.signal }),
    ).rejects.toBeInstanceOf(RestoreCancelled)
    expect(await dumpDatabaseText(database)).toBe(before)
  })
})
