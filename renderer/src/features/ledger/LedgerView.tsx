// Certifications: the PDU ledger of each PMI certification the user holds, then the
// list to manage them. With none yet, a plain explanation and the form to add one.
import { localIsoDate } from '../../../../shared/time'
import { useLiveEntries, useLoadProgress } from '../../data/useEntries'
import { JournalLoading } from '../../components/JournalLoading'
import { useSettings } from '../../data/settings'
import { CertificationLedger } from './CertificationLedger'
import { CertificationSettings } from './CertificationSettings'
import './ledger.css'

export function LedgerView() {
  const entries = useLiveEntries()
  const loading = useLoadProgress()
  const settings = useSettings()
  const asOf = localIsoDate(new Date())
  const held = settings?.certifications ?? []

  return (
    <section className="ledger" aria-labelledby="ledger-title">
      <h1 id="ledger-title">Certifications</h1>
      {entries === undefined || settings === undefined ? (
        <JournalLoading progress={loading} />
      ) : (
        <>
          {held.length === 0 ? (
            <div className="card ledger-empty">
              <h2>Track your PMI certification</h2>
              <p>
                Add the certification you hold (PMP, PgMP, PMI-ACP or CAPM) and the day its current
                cycle started. Leadlog then adds up the PDUs you claim on journal entries: how many
                PMI counts, what each Talent Triangle area still needs, and the pace that renews it
                in time.
              </p>
            </div>
          ) : (
            held.map((setting) => (
              <CertificationLedger
                key={setting.id}
                setting={setting}
                entries={entries}
                asOf={asOf}
              />
            ))
          )}
          <CertificationSettings settings={settings} />
        </>
      )}
    </section>
  )
}
