// The imports in the journal, newest first, each with "Undo import": it removes exactly the
// entries that import wrote, also after the app was closed and opened again.
import { formatCount, formatMoment } from '../../../../shared/format'
import { FORMAT_LABELS } from '../../../../shared/import'
import { useLocale, useTimeZone } from '../../app/localeSlice'
import { useAllEntries } from '../../data/useEntries'
import { useMemo } from 'react'
import { undoAnImport } from './importFlow'
import { filesLabel, pastImports } from './importHistory'
import { useImportUi } from './importSlice'

/** A handful is what anyone undoes; older imports stay in the journal as they are. */
const SHOWN = 5

export function ImportHistory() {
  const locale = useLocale()
  const timeZone = useTimeZone()
  const entries = useAllEntries()
  const undoing = useImportUi((s) => s.undoing)
  const imports = useMemo(() => pastImports(entries ?? []).slice(0, SHOWN), [entries])
  if (imports.length === 0) return null
  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h3 id="import-history-title">Imports in your journal</h3>
      <ul>
        {imports.map((past) => {
          const files = filesLabel(past.files)
          return (
            <li key={past.importId}>
              <span>
                <strong>{files}</strong> ({FORMAT_LABELS[past.format]}):{' '}
                {formatCount(past.ids.length, 'entry', 'entries', locale)}, imported{' '}
                {formatMoment(past.importedAt, locale, timeZone)}
              </span>
              <button
                type="button"
                disabled={undoing}
                aria-label={`Undo import of ${files}`}
                onClick={() => void undoAnImport(past.importId, past.ids, files)}
              >
                Undo import
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
