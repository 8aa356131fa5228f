// The imports the journal holds, worked out from the entries themselves (each keeps its
// import's id in its source), so "Undo import" still works after the app was closed.
import type { Entry, ImportFormat } from '../../../../shared/entry'

export interface PastImport {
  importId: string
  format: ImportFormat
  /** The files' names as the entries record them, in order of first appearance. */
  files: string[]
  ids: string[]
  /** When it was written (its entries' first creation moment). */
  importedAt: string
}

/** Newest first. Entries in the trash count: undoing an import removes them too. */
export function pastImports(entries: readonly Entry[]): PastImport[] {
  const byId = new Map<string, PastImport>()
  for (const entry of entries) {
    const source = entry.source
    if (!source?.importId) continue
    let found = byId.get(source.importId)
    if (!found) {
      found = {
        importId: source.importId,
        format: source.format,
        files: [],
        ids: [],
        importedAt: entry.createdAt,
      }
      byId.set(source.importId, found)
    }
    found.ids.push(entry.id)
    if (!found.files.includes(source.file)) found.files.push(source.file)
    if (entry.createdAt < found.importedAt) found.importedAt = entry.createdAt
  }
  return [...byId.values()].sort(
    (a, b) => b.importedAt.localeCompare(a.importedAt) || a.importId.localeCompare(b.importId),
  )
}

/** "brag.md", "2026-03-14.md and 2026-03-15.md", "3 files". */
export function filesLabel(files: readonly string[]): string {
  if (files.length <= 2) return files.join(' and ')
  return `${files.length} files`
}
