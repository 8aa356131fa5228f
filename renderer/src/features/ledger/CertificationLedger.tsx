// One certification's cycle: the headline figures, the countdown and pace, what carries
// over, each rule against its line, the month-by-month chart and the activities.
import { useMemo } from 'react'
import type { CertificationSetting, Entry } from '../../../../shared/entry'
import {
  lastYearStartOf,
  pduLedger,
  RULE_SETTING_LABELS,
  ruleOverridesOf,
  STATUS_LABELS,
  type PduLedger,
} from '../../../../shared/pdu'
import { useLocale } from '../../app/localeSlice'
import { ActivityTable } from './ActivityTable'
import { day, days, pduCount, pdus, perMonth } from './format'
import { ProgressChart } from './ProgressChart'
import { RuleBars } from './RuleBars'

interface Props {
  setting: CertificationSetting
  entries: Entry[]
  asOf: string
}

export function CertificationLedger({ setting, entries, asOf }: Props) {
  const ledger = useMemo(
    () =>
      pduLedger(entries, {
        certification: setting.certification,
        cycleStart: setting.cycleStart,
        asOf,
        rules: ruleOverridesOf(setting),
      }),
    [entries, setting, asOf],
  )
  const titleId = `ledger-${setting.id}`
  return (
    <section className="card ledger-card" aria-labelledby={titleId}>
      <header className="ledger-head">
        <h2 id={titleId}>{setting.certification}</h2>
        <CycleLine ledger={ledger} />
        <span className={`status-badge ${ledger.status}`}>{STATUS_LABELS[ledger.status]}</span>
      </header>
      <Figures ledger={ledger} />
      <Countdown ledger={ledger} asOf={asOf} />
      <Unconfirmed ledger={ledger} />
      <div className="ledger-grid">
        <section aria-labelledby={`${titleId}-rules`}>
          <h3 id={`${titleId}-rules`}>Against the rules</h3>
          <RuleBars ledger={ledger} />
        </section>
        <section aria-labelledby={`${titleId}-chart`}>
          <h3 id={`${titleId}-chart`}>Earned over the cycle</h3>
          <ProgressChart ledger={ledger} asOf={asOf} />
        </section>
      </div>
      <ActivityTable ledger={ledger} />
    </section>
  )
}

function CycleLine({ ledger }: { ledger: PduLedger }) {
  const locale = useLocale()
  return (
    <p className="hint ledger-cycle">
      Cycle {day(ledger.cycleStart, locale)} to {day(ledger.cycleEnd, locale)}
    </p>
  )
}

function Figures({ ledger }: { ledger: PduLedger }) {
  const locale = useLocale()
  const notCounted = ledger.earned - ledger.counted
  return (
    <dl className="ledger-figures">
      <div>
        <dt>Earned</dt>
        <dd>{pdus(ledger.earned, locale)}</dd>
      </div>
      <div>
        <dt>Counted by PMI</dt>
        <dd>
          {pdus(ledger.counted, locale)}
          <span className="hint"> of {pdus(ledger.required, locale)}</span>
        </dd>
        {notCounted > 0 && <dd className="hint">{pduCount(notCounted, locale)} over a cap</dd>}
      </div>
      <div>
        <dt>Still needed</dt>
        <dd className={ledger.remaining > 0 ? 'rule-short' : undefined}>
          {pdus(ledger.remaining, locale)}
        </dd>
        {ledger.remaining > ledger.required - ledger.counted && ledger.remaining > 0 && (
          <dd className="hint">including minimums not yet met</dd>
        )}
      </div>
      <div>
        <dt>Carries over</dt>
        <dd>{pdus(ledger.carryOver, locale)}</dd>
        <dd className="hint">of at most {pdus(ledger.carryOverCap, locale)}</dd>
      </div>
    </dl>
  )
}

function Countdown({ ledger, asOf }: { ledger: PduLedger; asOf: string }) {
  const locale = useLocale()
  const lastYear = lastYearStartOf(ledger.cycleEnd)
  let text: string
  if (ledger.status === 'not-started') {
    text = `The cycle starts on ${day(ledger.cycleStart, locale)}.`
  } else if (ledger.daysLeft === 0) {
    text =
      ledger.remaining === 0
        ? `The cycle ended on ${day(ledger.cycleEnd, locale)} with every rule met.`
        : `The cycle ended on ${day(ledger.cycleEnd, locale)}, ${pduCount(ledger.remaining, locale)} short. Check your options with PMI.`
  } else if (ledger.remaining === 0) {
    text = `${days(ledger.daysLeft, locale)} left, and every rule is met.`
  } else {
    text = `${days(ledger.daysLeft, locale)} left: about ${perMonth(ledger.perMonthToFinish, locale)} a month finishes in time.`
  }
  const carry =
    ledger.daysLeft > 0 && ledger.carryOverCap > 0
      ? asOf >= lastYear
        ? ' You are in the last year: PDUs beyond the total now carry over.'
        : ` PDUs beyond the total earned from ${day(lastYear, locale)} carry over to the next cycle.`
      : ''
  return (
    <p className="ledger-countdown">
      {text}
      {carry}
    </p>
  )
}

function Unconfirmed({ ledger }: { ledger: PduLedger }) {
  if (ledger.unconfirmed.length === 0) return null
  return (
    <div className="ledger-unconfirmed" role="note">
      <p>
        Not applied until you set them, because PMI's current figures for the {ledger.certification}{' '}
        could not be confirmed here:
      </p>
      <ul>
        {ledger.unconfirmed.map((rule) => (
          <li key={rule}>{RULE_SETTING_LABELS[rule]}</li>
        ))}
      </ul>
      <p className="hint">
        Look them up in your PMI certification dashboard or PMI's Continuing Certification
        Requirements Handbook, then enter them under "Your certifications" below.
      </p>
    </div>
  )
}
