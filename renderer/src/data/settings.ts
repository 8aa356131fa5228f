// Repository for user settings: one validated row, read through the shared schema.
import { useLiveQuery } from 'dexie-react-hooks'
import { parseSettings, type Settings } from '../../../shared/entry'
import { db, SETTINGS_KEY, type SettingRow } from './db'
import { fromStored, toStored } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { guardWrite } from './writeErrors'

/** The stored value as it is (before parsing), undefined when never written. */
export async function readStoredSettingsValue(): Promise<unknown> {
  const row = await db.settings.get(SETTINGS_KEY)
  return row && (await fromStored<SettingRow>('settings', row as SettingRow)).value
}

export async function getSettings(): Promise<Settings> {
  return parseSettings(await readStoredSettingsValue())
}

/** Merges a change into the stored settings; the result is validated before it is written. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return guardWrite(() =>
    exclusive(async () => {
      const next = parseSettings({ ...(await getSettings()), ...change })
      await db.settings.put(await toStored('settings', { key: SETTINGS_KEY, value: next }))
      return next
    }),
  )
}

/** Live settings; undefined while the first read is in flight. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(getSettings, [])
}
