// The journals the benchmark measures: seeded, so every run and every machine sees the
// same entries, and dated before a fixed day so the figures do not drift with the clock.
import { generateJournal } from '../fixtures/generateJournal'
import type { Entry } from '../../shared/entry'
import type { Backup } from '../../shared/backup'
import { backupOf } from '../fixtures/backup'

export const BENCH_AS_OF = '2026-11-20'
export const BENCH_SEED = 8

export function benchJournal(size: number): Entry[] {
  return generateJournal({ count: size, asOf: BENCH_AS_OF, seed: BENCH_SEED })
}

export function benchBackup(entries: Entry[]): Backup {
  return backupOf(entries, BENCH_AS_OF)
}

/** The last full calendar quarter before asOf: the review a user exports most. */
export function lastFullQuarter(asOf: string): { from: string; to: string } {
  const year = Number(asOf.slice(0, 4))
  const month = Number(asOf.slice(5, 7))
  const quarter = Math.floor((month - 1) / 3)
  const prev = quarter === 0 ? { year: year - 1, q: 3 } : { year, q: quarter - 1 }
  const startMonth = prev.q * 3 + 1
  const from = `${prev.year}-${String(startMonth).padStart(2, '0')}-01`
  const end = new Date(Date.UTC(prev.year, startMonth + 2, 0)).toISOString().slice(0, 10)
  return { from, to: end }
}
