// Search over the live entries. The index lives as long as the journal view. It is
// built after the first timeline rows have painted, in slices, from the journal's slices
// as they are read, so opening a large journal is not held up by it and it is complete
// when the journal is; later changes sync only what changed. Typing only queries it.
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { Entry } from '../../../../shared/entry'
import { useLoadProgress } from '../../data/useEntries'
import { createSearchIndex } from './searchIndex'
import { isQuickSearch, searchEntries, type SearchResults } from './searchResults'
import { syncSearchIndexInSlices, type IndexedVersions } from './searchSync'

/** Resolves after the next paint: a frame, then a task, so the frame is not delayed. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve, 0)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task)
    else task()
  })
}

/**
 * Lets the browser handle input between slices of index building. A message rather than
 * setTimeout: the browser holds back a timeout set from a timeout by at least 4 ms, which
 * added 80 ms to building the index of 10,000 entries, while the user may be typing.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

class LiveIndex {
  private index = createSearchIndex()
  private versions: IndexedVersions = new Map()
  private synced: readonly Entry[] | null = null
  private wanted: readonly Entry[] | null = null
  private running = false
  private stopped = false
  /** True once the index has held every entry at least once. */
  ready = false
  /** The query whose results were last rendered. */
  answered = ''
  private onSynced: (() => void) | null = null

  /** Calls `listener` after each sync; the returned function stops listening and any build. */
  listen(listener: () => void): () => void {
    this.onSynced = listener
    return () => {
      this.onSynced = null
      this.stop()
    }
  }

  /** `complete` is false for the entries read so far while the journal loads. */
  request(entries: readonly Entry[], complete: boolean): void {
    this.wanted = entries
    this.wantedComplete = complete
    this.stopped = false
    if (!this.running) void this.run()
  }

  private wantedComplete = false

  private stop(): void {
    this.stopped = true
  }

  private async run(): Promise<void> {
    this.running = true
    try {
      if (!this.ready) await afterPaint()
      while (!this.stopped && this.wanted && this.synced !== this.wanted) {
        const target = this.wanted
        const complete = this.wantedComplete
        const next = await syncSearchIndexInSlices(this.index, this.versions, target, () =>
          yieldToPage().then(() => !this.stopped),
        )
        if (!next) {
          // Stopped half way: what the index holds is no longer known, so start over.
          this.index = createSearchIndex()
          this.versions = new Map()
          this.synced = null
          this.ready = false
          return
        }
        // Sorting new words for prefix search is a slice of its own, before results are due.
        await yieldToPage()
        this.index.prepare()
        this.versions = next
        this.synced = target
        // Only the whole journal makes the index ready: a part never answers as if all.
        if (complete) this.ready = true
        this.onSynced?.()
      }
    } finally {
      this.running = false
    }
  }

  /** What the search box shows for `query`; `synced` is false until a first sync ended. */
  answer(query: string, synced: boolean): SearchState {
    this.answered = query
    if (!query.trim()) return { hits: null, preparing: false, query }
    if (!synced || !this.ready) return { hits: null, preparing: true, query }
    return { hits: searchEntries(this.index, query), preparing: false, query }
  }

  isQuick(query: string): boolean {
    return isQuickSearch(this.index, query)
  }
}

export interface SearchState {
  /** Entry ids in relevance order and their highlights; null when no search is running. */
  hits: SearchResults | null
  /** The user typed before the index was ready; results follow once it is. */
  preparing: boolean
  /** The query these results answer: it trails the typed one while results are pending. */
  query: string
}

/**
 * `complete` is false until every entry is read (the journal opens on the newest rows of
 * an index read): the index waits for the whole journal, so a search never answers from
 * part of it as if it were all, and typing meanwhile says "Preparing".
 */
export function useSearch(entries: readonly Entry[], query: string, complete = true): SearchState {
  const [live] = useState(() => new LiveIndex())
  // Bumped after each sync so the search runs again against the new index.
  const [version, setVersion] = useState(0)
  const ready = version > 0 && live.ready

  // A query the index answers cheaply (most of them, below 100,000 entries) is answered in
  // the keystroke's own render, so its results paint in the frame of the typed letter. A
  // costly one (a short prefix across a large journal) is deferred: the letter paints
  // first, the results follow, and typing never waits on them.
  const quick = !query.trim() || !ready || live.isQuick(query)
  // Handed the same value as before (null), useDeferredValue schedules no second render.
  const deferred = useDeferredValue(quick ? null : query)
  // While a costly query waits, the results on screen stay those last answered.
  const answered = quick || deferred === query ? query : live.answered

  // While the journal loads, the index is built from each slice as it comes in, so it is
  // ready when the last one is, and the first keystroke does not wait for it.
  const read = useLoadProgress()?.entries
  // Only what the search will hold: entries in the trash would be indexed, then dropped.
  const loading = useMemo(() => read?.filter((entry) => entry.deletedAt === undefined), [read])

  useEffect(() => live.listen(() => setVersion((v) => v + 1)), [live])
  useEffect(() => {
    if (complete) live.request(entries, true)
    else if (loading?.length) live.request(loading, false)
  }, [live, entries, complete, loading])

  // `version` ties the answer to the index state it ran against.
  return useMemo(() => live.answer(answered, version > 0), [live, version, answered])
}
