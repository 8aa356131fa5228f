// Test helpers: fresh databases filled with a realistic journal, and a way to make
// IndexedDB fail mid-restore the way a full disk does.
import type { DBCore, DBCoreMutateRequest } from 'dexie'
import type { Entry } from '../../../../shared/entry'
import { createDb, type BulletEditRow, type LeadlogDb } from '../../../../renderer/src/data/db'
import { fixtureJournal } from '../../../fixtures/journal'

let counter = 0

export function freshDb(label = 'db'): LeadlogDb {
  return createDb(`backup-test-${label}-${++counter}`)
}

export const SAMPLE_EDIT: BulletEditRow = {
  entryId: 'fx-01-close',
  text: 'Cut the month-end close from 11 to 9 days (18 % faster)',
  pinned: true,
  hidden: false,
  entryUpdatedAt: '2026-01-20T17:30:00.000Z',
  updatedAt: '2026-02-01T09:00:00.000Z',
}

/** A journal of `count` valid entries made from the fixture, with unique ids. */
export function manyEntries(count: number, prefix = 'bulk'): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    ...structuredClone(fixtureJournal[i % fixtureJournal.length]!),
    id: `${prefix}-${String(i).padStart(6, '0')}`,
  }))
}

export async function fill(
  database: LeadlogDb,
  entries: Entry[] = structuredClone(fixtureJournal),
  settings: Record<string, unknown> = { targetRole: 'director-ops', fiscalYearStartMonth: 4 },
  edits: BulletEditRow[] = [SAMPLE_EDIT],
): Promise<void> {
  await database.transaction(
    'rw',
    database.entries,
    database.settings,
    database.bulletEdits,
    async () => {
      await database.entries.bulkPut(entries)
      await database.settings.put({ key: 'app', value: settings })
      await database.bulletEdits.bulkPut(edits)
    },
  )
}

/**
 * Once armed, the `failOnWrite`-th write request (1-based) rejects with `error`, the way
 * IndexedDB reports a full disk in the middle of a transaction.
 */
export function installWriteFailure(database: LeadlogDb) {
  const control = { armed: false, failOnWrite: 1, error: new Error('unset') as unknown, writes: 0 }
  database.use({
    stack: 'dbcore',
    name: 'test-write-failure',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (control.armed && ++control.writes === control.failOnWrite) {
              return Promise.reject(control.error)
            }
            return table.mutate(request)
          },
        }
      },
    }),
  })
  return control
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

/** How some browsers deliver it: an AbortError whose inner error is the quota error. */
export function wrappedQuotaError(): Error {
  return Object.assign(new Error('The transaction was aborted.'), {
    name: 'AbortError',
    inner: quotaError(),
  })
}
