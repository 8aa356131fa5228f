// The benchmark's figures and their targets (issue 8; encryption at rest, issue 14). Every
// figure has a result per journal size: measured, or the plain reason it could not be (a
// module not written yet, a size the figure is not measured at).
import type { Sample } from './stats'

export type Unit = 'ms' | 'MB' | '×' | 'tasks'

export interface Target {
  /** The figure must be below (or at most, for `atMost`) this value... */
  value: number
  atMost?: boolean
  /** ...at this journal size. */
  size: number
}

export type Result = ({ ok: true } & Sample & { detail?: string }) | { ok: false; reason: string }

export interface Figure {
  id: string
  label: string
  unit: Unit
  target?: Target
  results: Record<number, Result>
}

const at10k = (value: number, atMost = false): Target => ({ value, atMost, size: 10_000 })
const at100k = (value: number, atMost = false): Target => ({ value, atMost, size: 100_000 })

/** Row order of the table. */
export const FIGURES: readonly Omit<Figure, 'results'>[] = [
  // Issue 19: the engines keep what an entry alone decides by its object, so each figure
  // is taken twice: a first call (every entry a new object: nothing cached) and after an
  // edit (one entry new, as the app hands them over after a save). See nodeBench.ts.
  { id: 'computeReadiness', label: 'computeReadiness, first call', unit: 'ms', target: at10k(20) },
  {
    id: 'computeReadinessEdit',
    label: 'computeReadiness, after an edit',
    unit: 'ms',
    target: at10k(20),
  },
  { id: 'readinessTrend', label: 'readinessTrend, 12 months', unit: 'ms', target: at10k(150) },
  {
    id: 'generateBullets',
    label: 'every bullet, first call',
    unit: 'ms',
    target: at10k(100),
  },
  {
    id: 'generateBulletsEdit',
    label: 'every bullet, after an edit',
    unit: 'ms',
    target: at10k(100),
  },
  { id: 'bulletsPage', label: 'first 50 bullets (a page)', unit: 'ms', target: at10k(100) },
  { id: 'review', label: 'quarterly review + Markdown, first', unit: 'ms', target: at10k(20) },
  {
    id: 'reviewEdit',
    label: 'quarterly review, after an edit',
    unit: 'ms',
    target: at10k(20),
  },
  {
    id: 'reviewPeriod',
    label: 'quarterly review, period change',
    unit: 'ms',
    target: at10k(20),
  },
  { id: 'parseBackup', label: 'parseBackup (full backup)', unit: 'ms', target: at10k(300) },
  { id: 'restore', label: 'restore (applyRestore, replace)', unit: 'ms' },
  { id: 'rawInsert', label: 'raw IndexedDB insert, 1 transaction', unit: 'ms' },
  { id: 'restoreRatio', label: 'restore vs raw IndexedDB', unit: '×', target: at10k(2, true) },
  // Issue 19: < 1 s at 100,000 entries (it was < 1 s at 10,000).
  { id: 'coldStart', label: 'cold start to first timeline row', unit: 'ms', target: at100k(1000) },
  {
    id: 'loadLongestTask',
    label: 'longest task, first row to all loaded',
    unit: 'ms',
    target: at100k(50, true),
  },
  { id: 'loaded', label: 'cold start to every entry loaded', unit: 'ms' },
  { id: 'search', label: 'search, per keystroke (median)', unit: 'ms', target: at10k(16) },
  {
    id: 'searchMax',
    label: 'search, slowest keystroke (first included)',
    unit: 'ms',
    target: at10k(50),
  },
  { id: 'heap', label: 'peak JS heap', unit: 'MB' },
  {
    id: 'longTasks',
    label: 'long tasks > 200 ms typing/scrolling',
    unit: 'tasks',
    target: at100k(0, true),
  },
  {
    id: 'longestTask',
    label: 'longest task typing/scrolling',
    unit: 'ms',
    target: at100k(200, true),
  },
  // Encryption at rest (issue 14). The same journal, switched on with the app's own
  // turnOnEncryption after the plain figures above are taken.
  {
    id: 'deriveKey',
    label: 'Argon2id, 64 MiB × 3 passes (1 run)',
    unit: 'ms',
    target: at10k(2000),
  },
  { id: 'readPlain', label: 'read every entry, plain journal', unit: 'ms' },
  {
    id: 'unlockRead',
    label: 'unlock + open every entry (key derived)',
    unit: 'ms',
    target: at10k(500),
  },
  { id: 'unlockCost', label: 'unlock + open, minus the plain read', unit: 'ms' },
  // Issue 19: with durable writes (chromeTransactionDurability 'strict') a save must
  // still feel instant.
  { id: 'savePlain', label: 'saveEntry, plain journal', unit: 'ms', target: at10k(50) },
  { id: 'saveSealed', label: 'saveEntry, encrypted journal', unit: 'ms' },
  { id: 'saveCost', label: 'saveEntry, encrypted minus plain', unit: 'ms', target: at10k(5) },
  {
    id: 'coldStartSealed',
    label: 'cold start to first row, encrypted',
    unit: 'ms',
    target: at10k(1000),
  },
]

export function emptyFigures(): Figure[] {
  return FIGURES.map((f) => ({ ...f, results: {} }))
}

export function verdict(figure: Figure): 'met' | 'missed' | 'not measured' | '' {
  const { target } = figure
  if (!target) return ''
  const result = figure.results[target.size]
  if (!result || !result.ok) return 'not measured'
  const met = target.atMost ? result.median <= target.value : result.median < target.value
  return met ? 'met' : 'missed'
}

export function targetText(target: Target | undefined, unit: Unit): string {
  if (!target) return ''
  const size = target.size.toLocaleString('en')
  const value = unit === '×' ? `${target.value}×` : `${target.value} ${unit}`
  return `${target.atMost ? '≤' : '<'} ${value} @ ${size}`
}
