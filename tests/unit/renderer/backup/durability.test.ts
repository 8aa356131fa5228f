// Saves, restores and migrations are acknowledged only once on disk (issue 18): every
// database the app opens asks Chromium for strict durability.
import { describe, expect, it } from 'vitest'
import { createDb, db } from '../../../../renderer/src/data/db'

const durabilityOf = (database: unknown) =>
  (database as { _options: { chromeTransactionDurability?: string } })._options
    .chromeTransactionDurability

describe('IndexedDB durability', () => {
  it('is strict for the app’s database and for any opened at an older schema', () => {
    expect(durabilityOf(db)).toBe('strict')
    expect(durabilityOf(createDb('durability-test', 1))).toBe('strict')
  })
})
