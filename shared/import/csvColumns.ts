// Which column holds what, guessed from the header row, and the values of the optional
// columns read as Leadlog's own: a kind, competencies (ids or names), tags, people.
import { COMPETENCIES, ENTRY_KINDS, KIND_LABELS, type CompetencyId, type EntryKind } from '../entry'
import { CSV_FIELDS, type CsvField, type CsvMapping } from './types'

const HEADER_WORDS: Record<CsvField, readonly string[]> = {
  date: ['date', 'day', 'when', 'occurred', 'occurredon', 'occurred on', 'created', 'timestamp'],
  title: ['title', 'summary', 'subject', 'headline', 'what', 'name', 'achievement'],
  notes: ['notes', 'note', 'body', 'description', 'details', 'text', 'entry', 'content', 'story'],
  kind: ['kind', 'type', 'category'],
  competencies: ['competencies', 'competency', 'skills', 'skill', 'areas'],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords'],
  people: ['people', 'person', 'who', 'with', 'colleagues', 'stakeholders', 'stakeholder'],
}

const norm = (text: string) => text.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim()

/** Each field's column by its header; a header is used once, exact names first. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {}
  const used = new Set<number>()
  for (const exact of [true, false]) {
    for (const field of CSV_FIELDS) {
      if (mapping[field] !== undefined) continue
      const index = headers.findIndex((header, i) => {
        if (used.has(i)) return false
        const h = norm(header)
        return HEADER_WORDS[field].some((w) => (exact ? h === w : h.startsWith(w)))
      })
      if (index >= 0) {
        mapping[field] = index
        used.add(index)
      }
    }
  }
  return mapping
}

/** "Stakeholder win", "stakeholder-win", "win", "conversation": a kind, or undefined. */
export function readKind(cell: string): EntryKind | undefined {
  const c = norm(cell)
  if (!c) return undefined
  const exact = ENTRY_KINDS.find((k) => norm(k) === c || norm(KIND_LABELS[k]) === c)
  if (exact) return exact
  if (/conversation|feedback|conflict/.test(c)) return 'difficult-conversation'
  if (/win|stakeholder|thanks|praise/.test(c)) return 'stakeholder-win'
  if (/leadership|moment|achievement|result/.test(c)) return 'leadership-moment'
  return undefined
}

/** Competencies by id or name ("people", "Developing people"); unknown words listed apart. */
export function readCompetencies(cell: string): { ids: CompetencyId[]; unknown: string[] } {
  const ids: CompetencyId[] = []
  const unknown: string[] = []
  for (const part of splitList(cell)) {
    const p = norm(part)
    const found = COMPETENCIES.find((c) => c.id === p || norm(c.name) === p)
    if (found) ids.push(found.id)
    else unknown.push(part)
  }
  return { ids: [...new Set(ids)], unknown }
}

/** A list in a cell: separated by semicolons, or commas, or pipes. */
export function splitList(cell: string): string[] {
  const separator = cell.includes(';') ? ';' : cell.includes('|') ? '|' : ','
  return cell
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
}

/** "Helen Brooks (COO); Sam" → people with an optional role. */
export function readPeople(cell: string): { name: string; role?: string }[] {
  return splitList(cell.includes(';') ? cell : cell.replace(/,(?![^()]*\))/g, ';')).map((part) => {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part)
    return m && m[1]
      ? { name: m[1], ...(m[2]?.trim() ? { role: m[2].trim() } : {}) }
      : { name: part }
  })
}
