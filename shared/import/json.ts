// Reads a JSON export and says which app wrote it. Broken JSON is named by line and
// column (the backup's scanner finds the place, whichever engine runs this).
import { findJsonSyntaxError } from '../backup'
import type { ImportFile, Skipped } from './types'

export type JsonKind = 'jrnl' | 'dayone'

export type ReadJson =
  { ok: true; kind: JsonKind; entries: unknown[] } | { ok: false; skipped: Skipped }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Day One entries carry a uuid and a creationDate; jrnl's a date and a title or body. */
function kindOf(root: Record<string, unknown>, entries: unknown[]): JsonKind | undefined {
  const first = entries.find(isObject)
  if (!first) return isObject(root.metadata) ? 'dayone' : isObject(root.tags) ? 'jrnl' : undefined
  if ('uuid' in first || 'creationDate' in first) return 'dayone'
  if ('date' in first && ('title' in first || 'body' in first)) return 'jrnl'
  return undefined
}

export function readJson(file: ImportFile): ReadJson {
  const refuse = (where: string, why: string): ReadJson => ({
    ok: false,
    skipped: { file: file.name, where, why },
  })
  let root: unknown
  try {
    root = JSON.parse(file.text)
  } catch {
    const problem = findJsonSyntaxError(file.text)
    return problem
      ? refuse(
          `line ${problem.line}, column ${problem.column}`,
          `is not valid JSON: ${problem.reason}${problem.truncated ? ' (the file looks cut off)' : ''}`,
        )
      : refuse('whole file', 'is not valid JSON')
  }
  if (!isObject(root) || !Array.isArray(root.entries)) {
    return refuse(
      'whole file',
      'is JSON but not a jrnl or Day One export: there is no "entries" list at the top',
    )
  }
  const kind = kindOf(root, root.entries)
  if (!kind) {
    return refuse(
      'entries',
      'are not jrnl entries (date, title, body) or Day One entries (uuid, creationDate, text)',
    )
  }
  return { ok: true, kind, entries: root.entries }
}
