// The export buttons, with progress while a file is made and a plain-words outcome.
import { useState } from 'react'
import type { PromotionCase } from '../../../../shared/promotion'
import { platform } from '../../platform'
import { ExportPrivacyNote } from '../backup'
import {
  CASE_FORMAT_LABELS,
  CASE_FORMATS,
  describeCaseExportError,
  exportCase,
  type CaseFormat,
} from './caseExports'

type Status =
  | { state: 'idle' }
  | { state: 'busy'; format: CaseFormat }
  | { state: 'done'; text: string }
  | { state: 'failed'; text: string }

function statusText(status: Status): string {
  if (status.state === 'busy') return `Preparing the ${CASE_FORMAT_LABELS[status.format]} file…`
  return status.state === 'idle' ? '' : status.text
}

export function CaseExportBar({ promotionCase }: { promotionCase: PromotionCase | null }) {
  const [status, setStatus] = useState<Status>({ state: 'idle' })

  const run = async (format: CaseFormat) => {
    if (!promotionCase) return
    setStatus({ state: 'busy', format })
    try {
      const result = await exportCase(platform, promotionCase, format)
      if (!result.saved) setStatus({ state: 'done', text: 'Export cancelled; nothing was saved.' })
      else if (format === 'pdf' && platform.kind === 'browser')
        setStatus({ state: 'done', text: 'Choose "Save as PDF" in the print dialog.' })
      else setStatus({ state: 'done', text: `Saved ${result.path}.` })
    } catch (error) {
      setStatus({ state: 'failed', text: describeCaseExportError(format, error) })
    }
  }

  return (
    <div className="promotion-export">
      <div className="row" role="group" aria-label="Export">
        {CASE_FORMATS.map((format, i) => (
          <button
            key={format}
            type="button"
            className={i === 0 ? 'primary' : undefined}
            disabled={!promotionCase || status.state === 'busy'}
            aria-busy={status.state === 'busy' && status.format === format}
            onClick={() => void run(format)}
          >
            Export {CASE_FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      <ExportPrivacyNote />
      <p className={status.state === 'failed' ? 'error' : 'hint'} role="status" aria-live="polite">
        {statusText(status)}
      </p>
    </div>
  )
}
