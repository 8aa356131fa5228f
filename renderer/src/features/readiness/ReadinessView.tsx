// Readiness: a role picker on first run, an empty state before the first entry, then
// the dashboard. Live: Dexie brings every saved entry or setting straight back here.
import { localIsoDate } from '../../../../shared/time'
import { useLiveEntries, useLoadProgress } from '../../data/useEntries'
import { JournalLoading } from '../../components/JournalLoading'
import { useSettings } from '../../data/settings'
import { useNavigation } from '../../app/navigation'
import { RolePicker } from './RolePicker'
import { ReadinessDashboard } from './ReadinessDashboard'
import './readiness.css'

export function ReadinessView() {
  const entries = useLiveEntries()
  const loading = useLoadProgress()
  const settings = useSettings()
  const startNewEntry = useNavigation((s) => s.startNewEntry)
  const asOf = localIsoDate(new Date())

  return (
    <section aria-labelledby="readiness-title">
      <h1 id="readiness-title">Readiness</h1>
      {entries === undefined || settings === undefined ? (
        <JournalLoading progress={loading} />
      ) : settings.targetRole === null ? (
        <RolePicker />
      ) : entries.length === 0 ? (
        <div className="card readiness-empty">
          <h2>No evidence yet</h2>
          <p>
            Your readiness score is built from the entries in your journal: leadership moments,
            difficult conversations and stakeholder wins. Log the first one and come back.
          </p>
          <button type="button" className="primary" onClick={() => startNewEntry()}>
            Log your first entry
          </button>
        </div>
      ) : (
        <ReadinessDashboard
          entries={entries}
          roleId={settings.targetRole}
          customWeights={settings.customWeights}
          certifications={settings.certifications}
          asOf={asOf}
        />
      )}
    </section>
  )
}
