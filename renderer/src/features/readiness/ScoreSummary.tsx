// The headline: overall score, band, an honest caption and the change over 90 days.
import type { ReadinessReport } from '../../../../shared/readiness'
import { useLocale } from '../../app/localeSlice'
import { bandLabel, shortDate, signed, wholeScore } from './format'

interface Props {
  report: ReadinessReport
  earlierScore: number
  earlierAsOf: string
  roleName: string
  customWeights: boolean
}

export function ScoreSummary({
  report,
  earlierScore,
  earlierAsOf,
  roleName,
  customWeights,
}: Props) {
  const locale = useLocale()
  const delta = report.score - earlierScore
  return (
    <section className="card score-card" aria-labelledby="score-title">
      <h2 id="score-title" className="card-title">
        Readiness for {roleName}
        {customWeights && <span className="badge">custom weights</span>}
      </h2>
      <p className="score-line">
        <span
          className="score-number"
          aria-label={`Score ${wholeScore(report.score, locale)} out of 100`}
        >
          {wholeScore(report.score, locale)}
        </span>
        <span className="score-outof" aria-hidden="true">
          / 100
        </span>
        <span className={`band band-${report.band}`}>{bandLabel(report.band)}</span>
      </p>
      <p className="score-change">
        <strong>{signed(delta, locale)}</strong> since {shortDate(earlierAsOf, locale)} (90 days
        ago, when it was {wholeScore(earlierScore, locale)})
      </p>
      <p className="hint">
        Advice, not a verdict: how much recent, varied, senior-facing evidence your journal holds
        for this role. Your manager and your organisation decide; this helps you prepare the case.
      </p>
    </section>
  )
}
