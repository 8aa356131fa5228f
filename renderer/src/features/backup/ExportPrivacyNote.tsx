// Encryption at rest covers the journal and its backups, not the documents made from it:
// a review, a promotion case or bullets saved as Markdown, PDF, DOCX or JSON are for
// people to read. Said once, calmly, where they are exported, and only when it matters.
import { useVault } from '../../data/vault'

export const EXPORTS_ARE_READABLE =
  'Exports are readable documents, not encrypted: keep them somewhere private.'

/** Whether documents exported now come from an encrypted journal. */
export function useExportsFromEncryptedJournal(): boolean {
  return useVault((s) => s.status === 'unlocked')
}

/**
 * The save dialog's file types for a document: from an encrypted journal each says the
 * file will be readable, so the dialog itself says so too.
 */
export function documentFilters<F extends { name: string }>(filters: readonly F[]): F[] {
  if (useVault.getState().status !== 'unlocked') return [...filters]
  return filters.map((filter) => ({ ...filter, name: `${filter.name} (readable, not encrypted)` }))
}

/** The note for an export bar; nothing for a plain journal. */
export function ExportPrivacyNote() {
  const encrypted = useExportsFromEncryptedJournal()
  if (!encrypted) return null
  return <p className="hint export-privacy-note">{EXPORTS_ARE_READABLE}</p>
}
