// Caches that hold the journal's words by text or name (not in WeakMaps keyed by entry,
// which go with the entries) register here, so one call drops them all when an encrypted
// journal is locked: nothing of it should stay in memory once the lock screen shows.

const forgetters = new Set<() => void>()

/** Registers a cache's clear; called once, when the module holding it loads. */
export function onForgetJournal(clear: () => void): void {
  forgetters.add(clear)
}

/** Clears every registered cache. */
export function forgetJournalCaches(): void {
  for (const clear of forgetters) clear()
}
