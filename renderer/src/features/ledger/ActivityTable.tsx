// The cycle's claims, oldest first, each a link to its entry, and the CSV export in the
// order PMI's reporting form asks for them.
import { useState } from 'react'
import { PDU_CATEGORY_LABELS } from '../../../../shared/entry'
import { claimLabel, type PduLedger } from '../../../../shared/pdu'
import { useNavigation } from '../../app/navigation'
import { useLocale } from '../../app/localeSlice'
import { platform } from '../../platform'
import { ExportPrivacyNote } from '../backup'
import { day, pdus } from './format'
import { describeCsvError, exportPduCsv } from './ledgerExport'
import { markReported } from './markReported'
import { describeWriteError } from '../../data/writeErrors'

function ExportCsv({ ledger }: { ledger: PduLedger }) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      const result = await exportPduCsv(platform, ledger)
      setStatus({
        text: result.saved ? `Saved ${result.path}.` : 'Export cancelled; nothing was saved.',
        failed: false,
      })
    } catch (error) {
      setStatus({ text: describeCsvError(error), failed: true })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="ledger-export">
      <button
        type="button"
        disabled={busy || ledger.activities.length === 0}
        onClick={() => void run()}
      >
        Export CSV for PMI
      </button>
      <ExportPrivacyNote />
      <p className={status?.failed ? 'error' : 'hint'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </div>
  )
}

export function ActivityTable({ ledger }: { ledger: PduLedger }) {
  const locale = useLocale()
  const openEntry = useNavigation((s) => s.openEntry)
  const unreported = ledger.activities.filter((a) => !a.reported).length
  const [writeError, setWriteError] = useState<string | null>(null)
  const toggle = async (entryId: string, reported: boolean) => {
    setWriteError(null)
    try {
      await markReported(entryId, reported)
    } catch (error) {
      setWriteError(`Not saved: ${describeWriteError(error)}`)
    }
  }
  const id = `activities-${ledger.certification}-${ledger.cycleStart}`
  return (
    <section className="ledger-activities" aria-labelledby={id}>
      <h3 id={id}>
        Activities in this cycle{' '}
        <span className="hint">
          {ledger.activities.length} claimed, {unreported} not yet reported to PMI
        </span>
      </h3>
      {ledger.activities.length === 0 ? (
        <p className="hint">
          No PDUs claimed in this cycle yet. Open a journal entry about a course, a webinar, a book
          or a talk you gave, and fill in "PDUs for a PMI certification".
        </p>
      ) : (
        <div className="table-scroll">
          <table className="activity-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Activity</th>
                <th scope="col">Provider</th>
                <th scope="col">Claim</th>
                <th scope="col" className="num">
                  PDUs
                </th>
                <th scope="col">Reported</th>
              </tr>
            </thead>
            <tbody>
              {ledger.activities.map((a) => (
                <tr key={a.entryId}>
                  <td>{day(a.occurredOn, locale)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => openEntry(a.entryId)}>
                      {a.activity ?? a.title}
                    </button>
                  </td>
                  <td>{a.provider ?? '—'}</td>
                  <td title={claimLabel(a)}>{PDU_CATEGORY_LABELS[a.category]}</td>
                  <td className="num">{pdus(a.hours, locale)}</td>
                  <td>
                    <label className="reported-toggle">
                      <input
                        type="checkbox"
                        checked={a.reported}
                        aria-label={`Reported to PMI: ${a.activity ?? a.title}`}
                        onChange={(e) => void toggle(a.entryId, e.target.checked)}
                      />
                      <span className={a.reported ? undefined : 'rule-short'} aria-hidden="true">
                        {a.reported ? 'Yes' : 'Not yet'}
                      </span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {writeError && (
        <p className="error" role="alert">
          {writeError}
        </p>
      )}
      <ExportCsv ledger={ledger} />
    </section>
  )
}
