// A guided text field added to the table later must not turn what is already stored
// (entries in IndexedDB, older backups) invalid: absent reads as empty.
import { describe, expect, it } from 'vitest'
import { ALL_TEXT_FIELD_NAMES, sampleJournal, validateEntry } from '../../../../shared/entry'

describe('guided text fields left out', () => {
  it('validate, and read as empty', () => {
    for (const entry of sampleJournal('2026-12-01')) {
      const stored: Record<string, unknown> = { ...entry }
      for (const name of ALL_TEXT_FIELD_NAMES) delete stored[name]
      const check = validateEntry(stored, '2026-12-01')
      expect(check.ok).toBe(true)
      if (!check.ok) continue
      const values = check.entry as unknown as Record<string, unknown>
      for (const name of ALL_TEXT_FIELD_NAMES) if (name in values) expect(values[name]).toBe('')
    }
  })

  it('still refuse a value that is not text', () => {
    const [first] = sampleJournal('2026-12-01')
    const check = validateEntry({ ...first!, title: first!.title, situation: 42 }, '2026-12-01')
    expect(check.ok).toBe(false)
  })
})
