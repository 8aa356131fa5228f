// Pure derivations for the timeline: filtering, month grouping and snippets.
import {
  kindText,
  peopleOf,
  type CompetencyId,
  type Entry,
  type EntryKind,
} from '../../../../shared/entry'
import { formatMonth, markdownToPlainText, memoiseByObject } from '../../../../shared/format'

export interface JournalFilters {
  kind: EntryKind | ''
  competency: CompetencyId | ''
  person: string
  tag: string
  from: string
  to: string
}

export const NO_FILTERS: JournalFilters = {
  kind: '',
  competency: '',
  person: '',
  tag: '',
  from: '',
  to: '',
}

export function hasFilters(filters: JournalFilters): boolean {
  return Object.values(filters).some((v) => v !== '')
}

export function applyFilters(entries: readonly Entry[], f: JournalFilters): Entry[] {
  if (!hasFilters(f)) return entries as Entry[]
  return entries.filter(
    (e) =>
      (!f.kind || e.kind === f.kind) &&
      (!f.competency || e.competencies.includes(f.competency)) &&
      (!f.tag || e.tags.includes(f.tag)) &&
      (!f.person || peopleOf(e).some((p) => p.name === f.person)) &&
      (!f.from || e.occurredOn >= f.from) &&
      (!f.to || e.occurredOn <= f.to),
  )
}

/** Newest first by date, then by last edit, so the order never jitters. */
export function newestFirst(a: Entry, b: Entry): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? 1 : -1
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0
}

export type TimelineRow =
  | { type: 'month'; key: string; label: string; count: number }
  | { type: 'entry'; key: string; entry: Entry }

/** A month heading in full, "November 2026", in the user's locale. */
export function monthLabel(isoDate: string, locale: string): string {
  return formatMonth(isoDate, locale, 'long')
}

type EntryRow = Extract<TimelineRow, { type: 'entry' }>

/**
 * An entry's row, one object per entry object (the journal keeps an unchanged entry's
 * object across reads): a row that stays on screen from one keystroke to the next is
 * then the same row, and the memoised timeline row does not render it again.
 */
const entryRow = memoiseByObject((entry: Entry): EntryRow => ({
  type: 'entry',
  key: entry.id,
  entry,
}))

/** Flattens sorted entries into month headers and entry rows for the virtual list. */
export function toTimelineRows(sorted: readonly Entry[], locale: string): TimelineRow[] {
  const rows: TimelineRow[] = []
  let header = null as Extract<TimelineRow, { type: 'month' }> | null
  for (const entry of sorted) {
    const month = entry.occurredOn.slice(0, 7)
    if (header?.key !== month) {
      header = { type: 'month', key: month, label: monthLabel(entry.occurredOn, locale), count: 0 }
      rows.push(header)
    }
    header.count++
    rows.push(entryRow(entry))
  }
  return rows
}

/** More hits than this are counted but not listed: nobody reads past the best thousand. */
export const SEARCH_ROW_LIMIT = 1000

/** Entry ids in rank order, read one at a time (a search's results). */
export interface RankedIds {
  readonly length: number
  idAt(rank: number): string
}

/**
 * Search results, best match first under one header: with fuzzy matching the exact
 * hit must come first, not wherever its date puts it. `ranked` is in rank order and
 * `entries` holds those that pass the filters, so entries are placed by walking the
 * ranking once; no sort. When `allPass` (no filters: the index holds only live
 * entries), the walk stops at the limit and the rest are counted unread, so a
 * keystroke matching 80,000 entries looks up 1,000.
 */
export function toSearchRows(
  entries: Pick<ReadonlyMap<string, Entry>, 'get'>,
  ranked: RankedIds,
  limit = SEARCH_ROW_LIMIT,
  allPass = false,
): { rows: TimelineRow[]; matches: number } {
  const found: TimelineRow[] = [{ type: 'month', key: 'search', label: '', count: 0 }]
  let matches = 0
  let rank = 0
  for (; rank < ranked.length; rank++) {
    if (allPass && found.length > limit) break
    const entry = entries.get(ranked.idAt(rank))
    if (!entry) continue
    matches++
    if (found.length <= limit) found.push(entryRow(entry))
  }
  matches += ranked.length - rank
  if (!matches) return { rows: [], matches }
  found[0] = { type: 'month', key: 'search', label: 'Best matches first', count: matches }
  return { rows: found, matches }
}

/** Distinct people and tags, for the filter pickers. */
export function facetsOf(entries: readonly Entry[]): { people: string[]; tags: string[] } {
  const people = new Set<string>()
  const tags = new Set<string>()
  for (const e of entries) {
    for (const p of peopleOf(e)) if (p.name) people.add(p.name)
    for (const t of e.tags) tags.add(t)
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b))
  return { people: sort(people), tags: sort(tags) }
}

/**
 * The words of an entry's Markdown notes, not its "**" or "| --- |". Kept per entry
 * object: the rows on screen ask again on every keystroke of a search.
 */
const notesText = memoiseByObject((entry: Entry) => markdownToPlainText(entry.notes))

/** A short piece of text around the first matched term, for the timeline row. */
export function snippetFor(entry: Entry, terms: readonly string[], width = 120): string {
  const texts = [notesText(entry), ...kindText(entry, 'search'), entry.tags.join(', ')]
  const lowered = terms.map((t) => t.toLowerCase())
  for (const text of texts) {
    const lower = text.toLowerCase()
    const at = Math.min(
      ...lowered.map((t) => lower.indexOf(t)).filter((i) => i >= 0),
      Number.POSITIVE_INFINITY,
    )
    if (Number.isFinite(at)) {
      const start = Math.max(0, at - Math.floor(width / 3))
      const piece = text.slice(start, start + width).replace(/\s+/g, ' ')
      return `${start > 0 ? '…' : ''}${piece}${start + width < text.length ? '…' : ''}`
    }
  }
  return ''
}

/** A one-line summary when there is no search: the first words of the notes or fields. */
export function summaryOf(entry: Entry, width = 110): string {
  const text = [notesText(entry), ...kindText(entry, 'search')].find((t) => t.trim()) ?? ''
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > width ? `${flat.slice(0, width)}…` : flat
}
