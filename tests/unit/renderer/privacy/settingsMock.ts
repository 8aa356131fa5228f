// A stand-in for renderer/src/data/settings: the settings in a store, updateSettings a spy
// that merges the change. Loaded with
//   vi.mock('../../../../renderer/src/data/settings', () => import('./settingsMock'))
import { vi } from 'vitest'
import { create } from 'zustand'
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/entry'

const store = create<{ settings: Settings }>(() => ({ settings: DEFAULT_SETTINGS }))

export function useSettings(): Settings | undefined {
  return store((s) => s.settings)
}

export const updateSettings = vi.fn(async (change: Partial<Settings>) => {
  store.setState((s) => ({ settings: { ...s.settings, ...change } }))
  return store.getState().settings
})

export function resetSettings(change: Partial<Settings> = {}): void {
  store.setState({ settings: { ...DEFAULT_SETTINGS, ...change } })
  updateSettings.mockClear()
}
