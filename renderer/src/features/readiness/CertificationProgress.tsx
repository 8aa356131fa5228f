// Professional growth, in hours: the PDUs claimed in the last 90 days and whether each
// certification's cycle is on track, a step from the full ledger. Shown only to users
// who track a certification or have claimed PDUs.
import { useMemo } from 'react'
import type { CertificationSetting, Entry } from '../../../../shared/entry'
import {
  pduHoursIn,
  pduLedger,
  ruleOverridesOf,
  STATUS_LABELS,
  type PduLedger,
} from '../../../../shared/pdu'
import { addDays } from '../../../../shared/time'
import { formatNumber } from '../../../../shared/format'
import { useNavigation } from '../../app/navigation'
import { useLocale } from '../../app/localeSlice'

/** The window "recent learning" looks back over: a quarter, like the review. */
const RECENT_DAYS = 90

interface Props {
  entries: Entry[]
  certifications: readonly CertificationSetting[]
  asOf: string
}

export function CertificationProgress({ entries, certifications, asOf }: Props) {
  const locale = useLocale()
  const go = useNavigation((s) => s.go)
  const recent = useMemo(
    () => pduHoursIn(entries, addDays(asOf, -(RECENT_DAYS - 1)), asOf),
    [entries, asOf],
  )
  const ledgers = useMemo(
    () =>
      certifications.map((c) =>
        pduLedger(entries, {
          certification: c.certification,
          cycleStart: c.cycleStart,
          asOf,
          rules: ruleOverridesOf(c),
        }),
      ),
    [entries, certifications, asOf],
  )
  const anyClaim = useMemo(() => entries.some((e) => e.pdu), [entries])
  if (ledgers.length === 0 && !anyClaim) return null
  const n = (value: number) => formatNumber(Math.round(value * 100) / 100, locale)

  return (
    <section className="card certification-progress" aria-labelledby="certification-title">
      <h2 id="certification-title" className="card-title">
        Certification progress
      </h2>
      <p>
        {n(recent)} {recent === 1 ? 'PDU' : 'PDUs'} claimed in the last {RECENT_DAYS} days.
      </p>
      {ledgers.length === 0 ? (
        <p className="hint">
          Add the PMI certification you hold to see whether its cycle is on track.
        </p>
      ) : (
        <ul className="certification-lines">
          {ledgers.map((ledger) => (
            <li key={ledger.certification}>
              <strong>{ledger.certification}</strong>: {n(ledger.counted)} of {n(ledger.required)}{' '}
              counted,{' '}
              <span className={statusClass(ledger)}>
                {STATUS_LABELS[ledger.status].toLowerCase()}
              </span>
              {ledger.remaining > 0 && ledger.daysLeft > 0
                ? `; ${n(ledger.remaining)} still needed, about ${n(Math.ceil(ledger.perMonthToFinish * 4) / 4)} a month.`
                : '.'}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => go('ledger')}>
        {ledgers.length === 0 ? 'Add a certification' : 'Open the ledger'}
      </button>
    </section>
  )
}

function statusClass(ledger: PduLedger): string {
  return ledger.status === 'behind' || ledger.status === 'ended-short' ? 'behind' : ''
}
