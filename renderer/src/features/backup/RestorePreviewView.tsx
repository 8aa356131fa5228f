import type { Backup } from '../../../../shared/backup'
import { formatCount, formatMoment, formatNumber } from '../../../../shared/format'
import { useLocale, useTimeZone } from '../../app/localeSlice'
import type { RestoreMode, RestorePreview } from '../../data/restore'

/** " It also holds your own words for 2 reviews and 1 promotion case.", or nothing. */
function ownWords(backup: Backup, locale: string): string {
  const rows = backup.narratives ?? []
  const reviews = rows.filter((row) => row.document === 'review').length
  const cases = rows.length - reviews
  const parts = [
    reviews ? formatCount(reviews, 'review', 'reviews', locale) : '',
    cases ? formatCount(cases, 'promotion case', 'promotion cases', locale) : '',
  ].filter(Boolean)
  return parts.length ? ` It also holds your own words for ${parts.join(' and ')}.` : ''
}

interface Props {
  source: string
  backup: Backup
  preview: RestorePreview
  mode: RestoreMode
  /** 'absent': the backup carries no checksum (older, or written by hand). */
  checksum: 'verified' | 'absent'
  /** The journal is backed up to the backups folder before anything changes (desktop). */
  snapshotFirst: boolean
  onMode(mode: RestoreMode): void
  onRestore(): void
  onCancel(): void
}

/** What a restore would do, counted per entry, and the choice of merge or replace. */
export function RestorePreviewView({
  source,
  backup,
  preview,
  mode,
  checksum,
  snapshotFirst,
  onMode,
  onRestore,
  onCancel,
}: Props) {
  const locale = useLocale()
  const made = formatMoment(backup.exportedAt, locale, useTimeZone())
  const n = (value: number) => formatNumber(value, locale)
  const rows: [string, number, string][] = [
    ['New', preview.new, 'not in your journal yet; both modes add them'],
    ['Updated', preview.updated, 'the backup’s copy is newer; both modes take it'],
    ['Unchanged', preview.unchanged, 'identical on both sides'],
    [
      'In conflict',
      preview.conflict,
      'they differ, and your copy is as new or newer; merge keeps yours, replace puts the backup’s older copy back',
    ],
    ['Only in your journal', preview.localOnly, 'merge keeps them; replace deletes them'],
  ]
  return (
    <section className="restore-preview" aria-labelledby="restore-preview-title">
      <h3 id="restore-preview-title">Restore from {source}</h3>
      <p className="hint">
        Backup made {made} with Leadlog {backup.appVersion}: {n(preview.inBackup)} entries (trash
        included). Your journal now has {n(preview.stored)}.{ownWords(backup, locale)}
      </p>
      {checksum === 'absent' && (
        <p className="hint restore-note">
          This backup carries no checksum (it was written by a Leadlog from before checksums, or by
          hand), so Leadlog cannot tell whether the file changed since it was written. Every entry
          in it was checked and is valid.
        </p>
      )}
      {snapshotFirst && (
        <p className="hint">
          Before anything changes, Leadlog backs up your journal as it is now to the backups folder,
          so this restore can be undone by restoring that backup.
        </p>
      )}
      <table className="restore-counts">
        <caption className="visually-hidden">What the restore does with each entry</caption>
        <tbody>
          {rows.map(([label, value, meaning]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="restore-count">{n(value)}</td>
              <td className="hint">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="restore-modes">
        <legend>How to restore</legend>
        <label>
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => onMode('merge')}
          />
          <span>
            <strong>Merge</strong> (recommended): add new entries and take the newer copy of each;
            when both copies are equally new, keep yours. Nothing is deleted.
          </span>
        </label>
        <label>
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
          />
          <span>
            <strong>Replace</strong>: make your journal exactly the backup. Deletes{' '}
            {formatCount(preview.localOnly, 'entry', 'entries', locale)} that the backup does not
            have.
          </span>
        </label>
      </fieldset>
      <div className="row">
        <button type="button" className="primary" onClick={onRestore}>
          {mode === 'merge' ? 'Merge into my journal' : 'Replace my journal…'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  )
}
