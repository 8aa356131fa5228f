// The user's own words for the period on screen: what the panel shows while they type
// (the draft) and what the review is built from (the words last handed to storage).
// Typing saves after a short pause; switching period or view, leaving the panel or
// closing the window saves at once, so nothing typed is lost. The review follows each
// save, not each keystroke, so a long journal never slows the typing down.
import { useCallback, useEffect, useRef, useState } from 'react'
import { reviewNarrativeKey, type Narrative } from '../../../../shared/entry'
import { saveNarrative, useNarratives, type NarrativeDraft } from '../../data/narratives'
import { describeWriteError } from '../../data/writeErrors'

export interface OwnWords {
  summary: string
  asks: string
  goals: string[]
}

/** The outcome of the last save, with the key it was for. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saved'; key: string }
  | { state: 'failed'; key: string; message: string }

/** Long enough to wait out a word, short enough that the preview keeps up. */
export const SAVE_DELAY_MS = 600

interface Period {
  from: string
  to: string
}

interface Pending {
  period: Period
  words: OwnWords
}

function wordsOf(row: Narrative | undefined): OwnWords {
  return { summary: row?.summary ?? '', asks: row?.asks ?? '', goals: row?.goals ?? [] }
}

function rowOf({ period, words }: Pending): NarrativeDraft {
  return {
    key: reviewNarrativeKey(period),
    document: 'review',
    from: period.from,
    to: period.to,
    ...(words.summary ? { summary: words.summary } : {}),
    ...(words.asks ? { asks: words.asks } : {}),
    ...(words.goals.length ? { goals: words.goals } : {}),
  }
}

export interface OwnWordsState {
  /** False until the stored words have been read. */
  ready: boolean
  /** What the panel shows. */
  draft: OwnWords
  /** What the review is built from: the words last saved (or being saved). */
  saved: OwnWords
  /** A save of this period's words, or a failed save of any period's (never hidden). */
  status: SaveStatus
  update(words: OwnWords): void
  /** Saves a pending change now (the panel calls it when focus leaves it). */
  flush(): void
}

export function useOwnWords(period: Period | null): OwnWordsState {
  const stored = useNarratives('review')
  const key = period ? reviewNarrativeKey(period) : null
  const [words, setWords] = useState<{ key: string; draft: OwnWords; saved: OwnWords } | null>(null)
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })
  const pending = useRef<Pending | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  // A new period (or the first read) starts from what is stored for it.
  if (stored && key !== null && words?.key !== key) {
    const fromStore = wordsOf(stored.get(key))
    setWords({ key, draft: fromStore, saved: fromStore })
    setStatus({ state: 'idle' })
  }

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const next = pending.current
    if (!next) return
    pending.current = null
    const nextKey = reviewNarrativeKey(next.period)
    setWords((current) => (current?.key === nextKey ? { ...current, saved: next.words } : current))
    saveNarrative(rowOf(next)).then(
      () => setStatus({ state: 'saved', key: nextKey }),
      (error: unknown) =>
        setStatus({ state: 'failed', key: nextKey, message: describeWriteError(error) }),
    )
  }, [setWords, setStatus])

  const update = useCallback(
    (draft: OwnWords) => {
      if (!period || key === null) return
      setWords((current) => (current?.key === key ? { ...current, draft } : current))
      pending.current = { period, words: draft }
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, SAVE_DELAY_MS)
    },
    [period, key, flush, setWords],
  )

  // Switching period or leaving the view saves what was typed for the one left behind.
  useEffect(() => flush, [key, flush])
  // Closing the window does not wait for a pause in the typing either.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [flush])

  const current = words && words.key === key ? words : null
  return {
    ready: current !== null,
    draft: current?.draft ?? EMPTY,
    saved: current?.saved ?? EMPTY,
    status: status.state === 'saved' && status.key !== key ? { state: 'idle' } : status,
    update,
    flush,
  }
}

const EMPTY: OwnWords = { summary: '', asks: '', goals: [] }
