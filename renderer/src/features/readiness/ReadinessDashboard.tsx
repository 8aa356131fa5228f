// The dashboard proper, for a user with a target role and at least one entry. It takes
// the role the user chose, never a default: the view asks for one before it shows a score.
import { useMemo, useState } from 'react'
import type {
  CertificationSetting,
  CompetencyId,
  DifficultConversation,
  Entry,
  RoleId,
} from '../../../../shared/entry'
import { isFollowUpDue } from '../../../../shared/readiness'
import { ROLE_BY_ID } from '../../../../shared/entry'
import { useReadiness } from './useReadiness'
import { ScoreSummary } from './ScoreSummary'
import { CadenceStrip, FollowUps, LeaderRatio } from './SideStats'
import { CompetencyRadar } from './CompetencyRadar'
import { CompetencyTable } from './CompetencyTable'
import { EvidencePanel } from './EvidencePanel'
import { GapsPanel } from './GapsPanel'
import { TrendChart } from './TrendChart'
import { CertificationProgress } from './CertificationProgress'

interface Props {
  entries: Entry[]
  /** The target role the user chose. */
  roleId: RoleId
  customWeights?: Partial<Record<CompetencyId, number>>
  /** The PMI certifications the user holds, for the growth card. */
  certifications?: readonly CertificationSetting[]
  asOf: string
}

export function ReadinessDashboard({
  entries,
  roleId,
  customWeights,
  certifications = [],
  asOf,
}: Props) {
  const { report, trend, earlierScore, earlierAsOf } = useReadiness(
    entries,
    roleId,
    customWeights,
    asOf,
  )
  const [selected, setSelected] = useState<CompetencyId | null>(null)
  const entriesById = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries])
  const role = ROLE_BY_ID[roleId]
  const custom = Object.keys(customWeights ?? {}).length > 0
  const selectedResult = report.competencies.find((c) => c.id === selected)
  const dueFollowUps = useMemo(
    () =>
      entries
        .filter((e): e is DifficultConversation => isFollowUpDue(e, asOf))
        .sort((a, b) =>
          a.followUpOn! < b.followUpOn! ? -1 : a.followUpOn! > b.followUpOn! ? 1 : 0,
        ),
    [entries, asOf],
  )

  return (
    <div className="readiness">
      <div className="readiness-top">
        <ScoreSummary
          report={report}
          earlierScore={earlierScore}
          earlierAsOf={earlierAsOf}
          roleName={role.name}
          customWeights={custom}
        />
        <div className="stat-grid">
          <CadenceStrip cadence={report.cadence} />
          <LeaderRatio report={report} />
          <FollowUps due={dueFollowUps} />
        </div>
      </div>
      <div className="readiness-middle">
        <section className="card" aria-labelledby="radar-title">
          <h2 id="radar-title" className="card-title">
            Competencies against the role
          </h2>
          <CompetencyRadar competencies={report.competencies} />
        </section>
        <section className="card">
          <CompetencyTable report={report} selected={selected} onSelect={setSelected} />
        </section>
      </div>
      {selectedResult && (
        <EvidencePanel competency={selectedResult} entriesById={entriesById} asOf={asOf} />
      )}
      <GapsPanel report={report} />
      <CertificationProgress entries={entries} certifications={certifications} asOf={asOf} />
      <TrendChart trend={trend} />
    </div>
  )
}
