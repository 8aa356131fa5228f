// Persistent storage: without it the browser may evict the journal when the disk runs
// low. Asked once per start; the answer and the space used are shown in Settings.

export interface StorageState {
  /** null when this browser cannot tell (no StorageManager). */
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

let request: Promise<boolean | null> | null = null

/** Asks the browser to keep the journal's storage; repeated calls share the first answer. */
export function requestPersistentStorage(): Promise<boolean | null> {
  request ??= (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
    if (!storage?.persist) return null
    try {
      if (storage.persisted && (await storage.persisted())) return true
      return await storage.persist()
    } catch {
      return null
    }
  })()
  return request
}

export async function readStorageState(): Promise<StorageState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  const state: StorageState = { persisted: null, usage: null, quota: null }
  if (!storage) return state
  try {
    if (storage.persisted) state.persisted = await storage.persisted()
    if (storage.estimate) {
      const estimate = await storage.estimate()
      state.usage = estimate.usage ?? null
      state.quota = estimate.quota ?? null
    }
  } catch {
    // An unanswered question is shown as "unknown", never as an error.
  }
  return state
}
