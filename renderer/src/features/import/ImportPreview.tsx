// Every entry an import would create, a page at a time, each editable or left out;
// duplicates marked and left out by default; what could not be read listed. Nothing is
// written until "Import N entries".
import { useState } from 'react'
import { formatCount, formatNumber } from '../../../../shared/format'
import { FORMAT_LABELS } from '../../../../shared/import'
import { localIsoDate } from '../../../../shared/time'
import { useLocale } from '../../app/localeSlice'
import { CsvMappingForm } from './CsvMappingForm'
import { closeImport, editPreviewRow, importNow, includeAll, remapCsv } from './importFlow'
import type { ImportStep } from './importSlice'
import { PreviewRowView } from './PreviewRowView'
import { blockingRows } from './previewRows'
import { SkippedList } from './SkippedList'

/** Rows on one page: enough to scan, few enough to lay out in well under 200 ms. */
const PAGE = 25

export function ImportPreview({ flow }: { flow: Extract<ImportStep, { step: 'preview' }> }) {
  const locale = useLocale()
  const [page, setPage] = useState(0)
  const n = (value: number) => formatNumber(value, locale)
  const { rows, result, skipped, names } = flow
  const included = rows.filter((row) => row.include).length
  const duplicates = rows.filter((row) => row.duplicate).length
  const blocked = blockingRows(rows).length
  const pages = Math.max(1, Math.ceil(rows.length / PAGE))
  const first = Math.min(page, pages - 1) * PAGE
  const today = localIsoDate(new Date())
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">Import from {names}</h3>
      <p className="hint">
        {result.format ? `Read as ${FORMAT_LABELS[result.format]}: ` : ''}
        {formatCount(rows.length, 'entry', 'entries', locale)} found
        {duplicates > 0 && `, ${n(duplicates)} already in your journal (left out)`}. Check the
        guesses: kind, title, date and competencies can be changed here or later.
      </p>
      {result.csv && (
        <CsvMappingForm
          key={JSON.stringify(result.csv)}
          settings={result.csv}
          onApply={(csv) => void remapCsv(csv)}
        />
      )}
      <SkippedList skipped={skipped} />
      {rows.length === 0 ? (
        <p>Nothing in {names} can be imported. Fix what is listed above and choose it again.</p>
      ) : (
        <>
          <div className="row import-bulk">
            <button type="button" onClick={() => includeAll(true)}>
              Include all
            </button>
            <button type="button" onClick={() => includeAll(false)}>
              Leave all out
            </button>
          </div>
          <ol className="import-rows" start={first + 1} aria-label="Entries to import">
            {rows.slice(first, first + PAGE).map((row, i) => (
              <PreviewRowView
                key={row.entry.id}
                row={row}
                number={first + i + 1}
                today={today}
                onEdit={(edit) => editPreviewRow(first + i, edit)}
              />
            ))}
          </ol>
          {pages > 1 && (
            <nav className="row import-pages" aria-label="Preview pages">
              <button type="button" disabled={first === 0} onClick={() => setPage(page - 1)}>
                Previous
              </button>
              <span>
                Entries {n(first + 1)}–{n(Math.min(first + PAGE, rows.length))} of {n(rows.length)}
              </span>
              <button
                type="button"
                disabled={first + PAGE >= rows.length}
                onClick={() => setPage(page + 1)}
              >
                Next
              </button>
            </nav>
          )}
        </>
      )}
      {blocked > 0 && (
        <p className="import-problem" role="alert">
          {formatCount(blocked, 'entry needs', 'entries need', locale)} a correction before the
          import (see the messages above), or leave {blocked === 1 ? 'it' : 'them'} out.
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={included === 0 || blocked > 0}
          onClick={() => void importNow()}
        >
          Import {formatCount(included, 'entry', 'entries', locale)}
        </button>
        <button type="button" onClick={closeImport}>
          Cancel
        </button>
      </div>
    </section>
  )
}
