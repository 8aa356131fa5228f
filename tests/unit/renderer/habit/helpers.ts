// Shared set-up for the weekly habit's renderer tests: a fixed time zone, a clean
// database and entries that say only what the habit reads.
import { vi } from 'vitest'
import type { CompetencyId, Entry, Settings } from '../../../../shared/entry'
import { COMPETENCY_IDS } from '../../../../shared/entry'
import { db } from '../../../../renderer/src/data/db'
import { updateSettings } from '../../../../renderer/src/data/settings'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { useHabitUi } from '../../../../renderer/src/features/habit/habitSlice'
import { entryOn } from '../../shared/habit/helpers'

export { entryOn }

/** Europe/London: Friday 10 July 2026, 16:00 BST is 15:00 UTC. */
export const ZONE = 'Europe/London'

export async function resetHabit(): Promise<void> {
  await Promise.all([db.entries.clear(), db.settings.clear()])
  useHabitUi.setState({ banner: null })
  useNavigation.setState({ view: 'readiness', newEntry: null, openEntryId: null })
}

/** Only stakeholder leadership counts, so it is the gap the question aims at. */
export const STAKEHOLDERS_ONLY: Partial<Record<CompetencyId, number>> = Object.fromEntries(
  COMPETENCY_IDS.map((id) => [id, id === 'stakeholders' ? 1 : 0]),
)

export const SIX_WEEKS_QUESTION =
  'Nothing on stakeholder leadership for six weeks: did anyone senior thank you for something?'

/** A journal last written six weeks before Friday 10 July 2026, about stakeholders. */
export async function seedQuietJournal(settings: Partial<Settings> = {}): Promise<Entry[]> {
  const entries = [entryOn('2026-05-29', { competencies: ['stakeholders'] })]
  await db.entries.bulkPut(entries)
  await updateSettings({
    targetRole: 'director-ops',
    customWeights: STAKEHOLDERS_ONLY,
    ...settings,
  })
  return entries
}

/** The clock at `iso`; with `interval`, setInterval is fake too and moves with advanceTimersByTime. */
export function clockAt(iso: string, interval = false): void {
  vi.useFakeTimers({
    now: new Date(iso),
    toFake: interval ? ['Date', 'setInterval', 'clearInterval'] : ['Date'],
  })
}

/** Lets Dexie's live queries and React settle (real timers). */
export function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => globalThis.setTimeout(resolve, ms))
}
