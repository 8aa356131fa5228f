// The preview's rows: each imported entry with whether it will be written, why it may be a
// duplicate (left out by default), and what is wrong after an edit. Pure, so the rules
// are tested without a screen.
import {
  validateEntry,
  type CompetencyId,
  type Entry,
  type EntryKind,
} from '../../../../shared/entry'
import { withKind } from '../../../../shared/import'

export interface PreviewRow {
  entry: Entry
  include: boolean
  /** Why the journal seems to have it already. */
  duplicate?: string
  /** What keeps it from being imported as edited, in plain words. */
  problem?: string
}

export function makeRows(entries: readonly Entry[], duplicates: Map<string, string>): PreviewRow[] {
  return entries.map((entry) => {
    const duplicate = duplicates.get(entry.id)
    return duplicate ? { entry, include: false, duplicate } : { entry, include: true }
  })
}

export interface RowEdit {
  include?: boolean
  title?: string
  occurredOn?: string
  kind?: EntryKind
  competencies?: CompetencyId[]
}

/** The row after one edit, checked again against the schema and the day. */
export function editRow(row: PreviewRow, edit: RowEdit, today: string): PreviewRow {
  let entry = row.entry
  if (edit.kind) entry = withKind(entry, edit.kind)
  if (edit.title !== undefined) entry = { ...entry, title: edit.title }
  if (edit.occurredOn !== undefined) entry = { ...entry, occurredOn: edit.occurredOn }
  if (edit.competencies) entry = { ...entry, competencies: edit.competencies }
  const next: PreviewRow = { ...row, entry, include: edit.include ?? row.include }
  const check = validateEntry({ ...entry, title: entry.title.trim() }, today)
  if (check.ok) {
    const { problem: _fixed, ...rest } = next
    return { ...rest, entry: check.entry }
  }
  const first = check.problems[0]!
  return { ...next, problem: `${FIELD_WORDS[first.path] ?? first.path} ${first.message}` }
}

const FIELD_WORDS: Record<string, string> = {
  title: 'The title',
  occurredOn: 'The date',
  competencies: 'The entry',
}

export function includedEntries(rows: readonly PreviewRow[]): Entry[] {
  return rows.filter((row) => row.include).map((row) => row.entry)
}

/** Rows that would be written but cannot be as they are. */
export function blockingRows(rows: readonly PreviewRow[]): PreviewRow[] {
  return rows.filter((row) => row.include && row.problem)
}
