// What was not imported, file by file, with where and why: the user can fix the file and
// choose it again. Long lists scroll in place.
import { formatNumber } from '../../../../shared/format'
import type { Skipped } from '../../../../shared/import'
import { useLocale } from '../../app/localeSlice'

/** More than a person reads; the rest is counted. */
const SHOWN = 1000

export function SkippedList({ skipped }: { skipped: readonly Skipped[] }) {
  const locale = useLocale()
  if (skipped.length === 0) return null
  const n = (value: number) => formatNumber(value, locale)
  return (
    <details className="import-skipped" open={skipped.length <= 5}>
      <summary>
        {skipped.length === 1 ? '1 place' : `${n(skipped.length)} places`} not imported
      </summary>
      <ul>
        {skipped.slice(0, SHOWN).map((s, i) => (
          <li key={i}>
            <strong>{s.file}</strong>, {s.where}: {s.why}
          </li>
        ))}
        {skipped.length > SHOWN && <li>…and {n(skipped.length - SHOWN)} more.</li>}
      </ul>
    </details>
  )
}
