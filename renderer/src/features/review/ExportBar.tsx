// The export buttons, with progress while a file is made and a plain-words outcome.
import { useState } from 'react'
import type { Review } from '../../../../shared/review'
import type { Period } from '../../../../shared/time'
import { platform } from '../../platform'
import { ExportPrivacyNote } from '../backup'
import {
  describeExportError,
  exportReview,
  FORMAT_LABELS,
  type ExportFormat,
} from './reviewExports'

const FORMATS: ExportFormat[] = ['md', 'pdf', 'docx', 'json']

type Status =
  | { state: 'idle' }
  | { state: 'busy'; format: ExportFormat }
  | { state: 'done'; text: string }
  | { state: 'failed'; text: string }

interface Props {
  review: Review | null
  period: Period | null
}

export function ExportBar({ review, period }: Props) {
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const busy = status.state === 'busy'

  const run = async (format: ExportFormat) => {
    if (!review || !period) return
    setStatus({ state: 'busy', format })
    try {
      const result = await exportReview(platform, review, period, format)
      if (!result.saved) setStatus({ state: 'done', text: 'Export cancelled; nothing was saved.' })
      else if (format === 'pdf' && platform.kind === 'browser')
        setStatus({ state: 'done', text: 'Choose "Save as PDF" in the print dialog.' })
      else setStatus({ state: 'done', text: `Saved ${result.path}.` })
    } catch (error) {
      setStatus({ state: 'failed', text: describeExportError(format, error) })
    }
  }

  return (
    <div className="review-export">
      <div className="row" role="group" aria-label="Export">
        {FORMATS.map((format, i) => (
          <button
            key={format}
            type="button"
            className={i === 0 ? 'primary' : undefined}
            disabled={!review || busy}
            aria-busy={status.state === 'busy' && status.format === format}
            onClick={() => void run(format)}
          >
            Export {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      <ExportPrivacyNote />
      <p className={status.state === 'failed' ? 'error' : 'hint'} role="status" aria-live="polite">
        {status.state === 'busy'
          ? `Preparing the ${FORMAT_LABELS[status.format]} file…`
          : status.state === 'idle'
            ? ''
            : status.text}
      </p>
      {status.state === 'busy' && status.format === 'docx' && (
        <progress className="review-progress" aria-label="Building the DOCX file" />
      )}
    </div>
  )
}
