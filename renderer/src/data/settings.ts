// Repository for user settings: one validated row, read through the shared schema.
import { useLiveQuery } from 'dexie-react-hooks'
import { parseSettings, type Settings } from '../../../shared/entry'
import { db, SETTINGS_KEY } from './db'
import { guardWrite } from './writeErrors'

export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY)
  return parseSettings(row?.value)
}

/** Merges a change into the stored settings; the result is validated before it is written. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next = parseSettings({ ...(await getSettings()), ...change })
      await db.settings.put({ key: SETTINGS_KEY, value: next })
      return next
    }),
  )
}

/** Live settings; undefined while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(getSettings, [])
}
