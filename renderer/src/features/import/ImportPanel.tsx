// The import's current step below the button: reading with progress, the preview,
// writing with progress, or what went wrong. Steps that need the user's eyes are
// brought into view and focused when they appear.
import { useEffect, useRef } from 'react'
import { formatNumber, formatPercent } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { cancelImport, closeImport } from './importFlow'
import { ImportPreview } from './ImportPreview'
import { useImportUi, type ImportStep, type Progress } from './importSlice'

const ANNOUNCED = new Set(['preview', 'failed'])

interface ProgressProps {
  label: string
  progress: Progress | null
  /** Say it as a share (the write's steps are not entries one for one). */
  percent?: boolean
}

function ProgressLine({ label, progress, percent = false }: ProgressProps) {
  const locale = useLocale()
  const said = !progress
    ? ''
    : percent
      ? `: ${formatPercent(progress.done / Math.max(progress.total, 1), locale)}`
      : `: ${formatNumber(progress.done, locale)} of ${formatNumber(progress.total, locale)} records`
  return (
    <div className="import-status" role="status">
      <label>
        {label}
        {said}
        {/* Without a count yet the bar is indeterminate: the files are still being opened. */}
        {progress ? (
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
        ) : (
          <progress />
        )}
      </label>
    </div>
  )
}

export function ImportPanel() {
  const flow = useImportUi((s) => s.flow)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ANNOUNCED.has(flow.step) || !ref.current) return
    ref.current.scrollIntoView?.({ block: 'nearest' })
    ref.current.focus({ preventScroll: true })
  }, [flow.step])
  if (flow.step === 'idle') return null
  return (
    <div ref={ref} tabIndex={-1} className="import-panel">
      <StepView flow={flow} />
    </div>
  )
}

function StepView({ flow }: { flow: ImportStep }) {
  switch (flow.step) {
    case 'idle':
      return null
    case 'reading':
      return (
        <>
          <ProgressLine label={`Reading ${flow.names}`} progress={flow.progress} />
          <button type="button" onClick={closeImport}>
            Cancel
          </button>
        </>
      )
    case 'preview':
      return <ImportPreview flow={flow} />
    case 'writing':
      return (
        <>
          <ProgressLine label="Importing" progress={flow.progress} percent />
          <button type="button" onClick={cancelImport}>
            Cancel
          </button>
        </>
      )
    case 'failed':
      return (
        <div role="alert" className="import-failed">
          <p>{flow.message}</p>
          <p>Your journal is exactly as it was.</p>
          <button type="button" onClick={closeImport}>
            Close
          </button>
        </div>
      )
  }
}
