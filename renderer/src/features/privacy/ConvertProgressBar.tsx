// Progress of a long vault task: the step in words and a bar. Before anything is counted
// (the keys are being made, or the passphrase checked) the bar is indeterminate.
import { useId } from 'react'
import { formatNumber } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import type { ConvertProgress } from '../../data/vault'

export function ConvertProgressBar({ progress }: { progress: ConvertProgress }) {
  const id = useId()
  const locale = useLocale()
  const counted = progress.done > 0 && progress.total > 0
  return (
    <div className="convert-progress" role="status">
      <span id={id}>
        {progress.step}
        {counted
          ? `: ${formatNumber(progress.done, locale)} of ${formatNumber(progress.total, locale)} records`
          : '…'}
      </span>
      {counted ? (
        <progress aria-labelledby={id} value={progress.done} max={progress.total} />
      ) : (
        <progress aria-labelledby={id} />
      )}
    </div>
  )
}
