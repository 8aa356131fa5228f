// The promotion case: pick the role and period, write the case in your own words if you
// like, check the preview (exactly what is exported), export. The target role and the
// last 12 months are preselected, so Promotion case → Export is the whole job.
import { useState } from 'react'
import { ROLE_BY_ID } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { DocumentPreview } from '../../components/DocumentPreview'
import { JournalLoading } from '../../components/JournalLoading'
import { useLoadProgress } from '../../data/useEntries'
import { CaseControls } from './CaseControls'
import { CaseEmpty } from './CaseEmpty'
import { CaseExportBar } from './CaseExportBar'
import { CaseWordsPanel } from './CaseWordsPanel'
import { useCasePeriod } from './useCasePeriod'
import { useCaseRole } from './useCaseRole'
import { useCaseWords } from './useCaseWords'
import { usePromotionCase, type BuiltCase } from './usePromotionCase'
import './promotion.css'

function LoadingCase() {
  return <JournalLoading progress={useLoadProgress()} />
}

function Preview({ built, custom }: { built: BuiltCase; custom: boolean }) {
  switch (built.state) {
    case 'loading':
      return <LoadingCase />
    case 'invalid':
      return <p className="hint">Choose a valid period to see the case.</p>
    case 'failed':
      return (
        <p role="alert" className="error">
          {built.message}
        </p>
      )
    case 'ready':
      if (built.promotionCase.counts.total === 0) return <CaseEmpty custom={custom} />
      return (
        <DocumentPreview
          className="promotion-preview"
          html={built.html}
          title={built.promotionCase.title}
        />
      )
  }
}

export function PromotionView() {
  const [today] = useState(() => localIsoDate(new Date()))
  const period = useCasePeriod(today)
  const caseRole = useCaseRole()
  const role = caseRole?.role ?? null
  const words = useCaseWords(role)
  const { built, exportable } = usePromotionCase(
    today,
    caseRole,
    period,
    words.ready ? words.saved : null,
  )
  const empty = built.state === 'ready' && built.promotionCase.counts.total === 0

  return (
    <section aria-labelledby="promotion-title" className="promotion">
      <header className="promotion-header">
        <h1 id="promotion-title">Promotion case</h1>
        <p className="hint">
          One or two pages for a promotion committee, in your own voice, from your journal on this
          computer; nothing is sent anywhere.
        </p>
      </header>
      <CaseExportBar promotionCase={empty ? null : exportable} />
      <div className="promotion-layout">
        <div className="promotion-side">
          {caseRole && (
            <CaseControls
              role={caseRole.role}
              chosen={caseRole.chosen}
              today={today}
              period={period}
            />
          )}
          {caseRole && (
            <CaseWordsPanel
              roleName={caseRole.chosen ? ROLE_BY_ID[caseRole.role].name : null}
              words={words}
            />
          )}
        </div>
        <div className="promotion-preview-pane">
          <Preview built={built} custom={period.ok && period.custom} />
        </div>
      </div>
    </section>
  )
}
