// One live read of the whole entries table, shared by every view that needs all of it.
// Before, each hook ran its own live query, so opening the Journal read the table three
// times at once (the timeline, the week's strip, the weekly reminder): at 10,000 entries
// that was three full reads fighting for one main thread before the first row showed.
//
// The read starts only after the first screen is painted when a view asked for it (see
// firstScreen.ts): the timeline's newest rows come from a short index read, and the
// full read's structured-clone work must not sit between them and the screen.
//
// The table is read in slices (entryPages.ts), each its own task, so no single task
// deserialises the whole journal; an entry whose content did not change keeps its object
// from one read to the next (keepUnchanged.ts).
//
// What it holds goes when the last view stops listening (locking swaps the whole app for
// the lock screen, so every view unmounts): no entry outlives the views that showed it.
import { liveQuery, type Subscription } from 'dexie'
import type { Entry } from '../../../shared/entry'
import { db } from './db'
import { readEntryPages, SLICES } from './entryPages'
import { afterFirstScreen } from './firstScreen'
import { keepUnchanged } from './keepUnchanged'

type Listener = () => void

interface State {
  value: Entry[] | undefined
  error: unknown
}

const EMPTY: State = { value: undefined, error: undefined }
let state: State = EMPTY
const listeners = new Set<Listener>()
let subscription: Subscription | null = null
let starting = false
let stopTimer: ReturnType<typeof setTimeout> | undefined

let markLoaded: () => void
const loaded = new Promise<void>((resolve) => (markLoaded = resolve))

function publish(next: State): void {
  state = next
  if (next.value) markLoaded()
  for (const listener of listeners) listener()
}

/** Resolves once every entry has been read for the first time (never while locked). */
export function allEntriesLoaded(): Promise<void> {
  return loaded
}

/** How far the first read of the table is, in slices; null once it is in (or not begun). */
export interface LoadProgress {
  done: number
  total: number
  /**
   * The entries of the slices in so far, in no useful order: enough for work that can
   * start early (the search index), never to show as the journal.
   */
  entries: readonly Entry[]
}

let progress: LoadProgress | null = null
const progressListeners = new Set<Listener>()

function setProgress(next: LoadProgress | null): void {
  progress = next
  for (const listener of progressListeners) listener()
}

async function readAll(): Promise<Entry[]> {
  // Only the first read shows progress: later ones follow writes, and the views keep
  // showing the entries they have meanwhile.
  const first = state.value === undefined
  let entries: readonly Entry[] = []
  if (first) setProgress({ done: 0, total: SLICES, entries })
  const read = await readEntryPages({
    first,
    onSlice: first
      ? (done, total, slice) => {
          entries = entries.concat(slice)
          setProgress({ done, total, entries })
        }
      : undefined,
  })
  if (first) setProgress(null)
  return keepUnchanged(read, state.value)
}

function start(): void {
  starting = true
  // A task later, so every view mounted in the same commit has said whether it shows a
  // first screen before the full read decides to wait for it.
  setTimeout(() => {
    void afterFirstScreen().then(() => {
      starting = false
      if (listeners.size === 0 || subscription) return
      // Closed meanwhile (another version of the app upgraded or deleted the database,
      // and Dexie let go of it): reading now would make Dexie open it again and upgrade
      // a newer schema to ours. The page reloads or shows the gate's message instead.
      if (db.hasBeenClosed()) return
      subscription = liveQuery(readAll).subscribe({
        next: (value) => publish({ value, error: undefined }),
        error: (error: unknown) => publish({ value: state.value, error }),
      })
    })
  }, 0)
}

function stop(): void {
  subscription?.unsubscribe()
  subscription = null
  state = EMPTY
  setProgress(null)
}

/** Listens to every stored entry; the first listener starts the read, the last ends it. */
export function subscribeAllEntries(listener: Listener): () => void {
  listeners.add(listener)
  clearTimeout(stopTimer)
  if (!subscription && !starting) start()
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    // A view switch unmounts one reader before the next mounts: wait a task so the
    // switch reuses the read instead of starting another.
    clearTimeout(stopTimer)
    stopTimer = setTimeout(() => {
      if (listeners.size === 0) stop()
    }, 0)
  }
}

export function subscribeLoadProgress(listener: Listener): () => void {
  progressListeners.add(listener)
  return () => progressListeners.delete(listener)
}

export function loadProgressSnapshot(): LoadProgress | null {
  return progress
}

/** Every stored entry, the trash included, in id order; undefined while the first read runs. */
export function allEntriesSnapshot(): Entry[] | undefined {
  if (state.error !== undefined) throw state.error
  return state.value
}
