// The user's own words for the case of one role: the summary and the plan. The panel
// shows the draft as typed; the case is built from the words last handed to storage.
// Typing saves after a short pause; switching role, leaving the panel or the view, or
// closing the window saves at once, so nothing typed is lost.
import { useCallback, useEffect, useRef, useState } from 'react'
import { promotionNarrativeKey, type Narrative, type RoleId } from '../../../../shared/entry'
import { saveNarrative, useNarrative, type NarrativeDraft } from '../../data/narratives'
import { describeWriteError } from '../../data/writeErrors'

export interface CaseWords {
  summary: string
  plan: string[]
}

export type WordsStatus =
  { state: 'idle' } | { state: 'saved' } | { state: 'failed'; message: string }

/** Long enough to wait out a word, short enough that the preview keeps up. */
export const SAVE_DELAY_MS = 600

const EMPTY: CaseWords = { summary: '', plan: [] }

function wordsOf(row: Narrative | null): CaseWords {
  return { summary: row?.summary ?? '', plan: row?.plan ?? [] }
}

function rowOf(role: RoleId, words: CaseWords): NarrativeDraft {
  return {
    key: promotionNarrativeKey(role),
    document: 'promotion',
    role,
    ...(words.summary ? { summary: words.summary } : {}),
    ...(words.plan.length ? { plan: words.plan } : {}),
  }
}

export interface CaseWordsState {
  /** False until the stored words for the role have been read. */
  ready: boolean
  draft: CaseWords
  /** What the case is built from. */
  saved: CaseWords
  status: WordsStatus
  update(words: CaseWords): void
  flush(): void
}

export function useCaseWords(role: RoleId | null): CaseWordsState {
  const key = role ? promotionNarrativeKey(role) : null
  const stored = useNarrative(key)
  const [words, setWords] = useState<{ key: string; draft: CaseWords; saved: CaseWords } | null>(
    null,
  )
  const [status, setStatus] = useState<WordsStatus>({ state: 'idle' })
  const pending = useRef<{ role: RoleId; words: CaseWords } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  // A new role (or the first read) starts from what is stored for it.
  if (stored !== undefined && key !== null && words?.key !== key) {
    const fromStore = wordsOf(stored)
    setWords({ key, draft: fromStore, saved: fromStore })
    setStatus({ state: 'idle' })
  }

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const next = pending.current
    if (!next) return
    pending.current = null
    const nextKey = promotionNarrativeKey(next.role)
    setWords((current) => (current?.key === nextKey ? { ...current, saved: next.words } : current))
    saveNarrative(rowOf(next.role, next.words)).then(
      () => setStatus({ state: 'saved' }),
      (error: unknown) => setStatus({ state: 'failed', message: describeWriteError(error) }),
    )
  }, [])

  const update = useCallback(
    (draft: CaseWords) => {
      if (!role || key === null) return
      setWords((current) => (current?.key === key ? { ...current, draft } : current))
      pending.current = { role, words: draft }
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, SAVE_DELAY_MS)
    },
    [role, key, flush],
  )

  // Switching role or leaving the view saves what was typed for the one left behind.
  useEffect(() => flush, [key, flush])
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [flush])

  const current = words && words.key === key ? words : null
  return {
    ready: current !== null,
    draft: current?.draft ?? EMPTY,
    saved: current?.saved ?? EMPTY,
    status,
    update,
    flush,
  }
}
