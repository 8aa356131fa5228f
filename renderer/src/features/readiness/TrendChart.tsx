// The overall score at the end of each of the last 12 months, with a table for screen readers.
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useLocale } from '../../app/localeSlice'
import { monthLabel, shortDate, wholeScore } from './format'
import { useThemeColors } from './useThemeColors'

export function TrendChart({ trend }: { trend: { asOf: string; score: number }[] }) {
  const locale = useLocale()
  const colors = useThemeColors()
  const data = trend.map((p) => ({
    month: monthLabel(p.asOf, locale),
    score: Math.round(p.score * 10) / 10,
  }))
  const first = trend[0]
  const last = trend.at(-1)
  const summary =
    first && last
      ? `Line chart: score went from ${wholeScore(first.score, locale)} on ${shortDate(first.asOf, locale)} to ` +
        `${wholeScore(last.score, locale)} on ${shortDate(last.asOf, locale)}.`
      : 'Line chart of the score over time.'
  return (
    <section className="card trend" aria-labelledby="trend-title">
      <h2 id="trend-title" className="card-title">
        Score over the last 12 months
      </h2>
      <figure role="img" aria-label={summary}>
        <ResponsiveContainer
          width="100%"
          height={220}
          initialDimension={{ width: 600, height: 220 }}
        >
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={colors.border} strokeDasharray="3 3" />
            <XAxis
              dataKey="month"
              tick={{ fill: colors.muted, fontSize: 12 }}
              stroke={colors.border}
            />
            <YAxis
              domain={[0, 100]}
              tick={{ fill: colors.muted, fontSize: 12 }}
              stroke={colors.border}
            />
            <Tooltip
              contentStyle={{
                background: colors.surface,
                borderColor: colors.border,
                color: colors.text,
              }}
              labelStyle={{ color: colors.text }}
            />
            <Line
              type="monotone"
              dataKey="score"
              name="Score"
              stroke={colors.accent}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <table className="visually-hidden">
        <caption>Score at the end of each month</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((p) => (
            <tr key={p.asOf}>
              <td>{shortDate(p.asOf, locale)}</td>
              <td>{wholeScore(p.score, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        The last point is today. Older evidence fades, so a flat line means steady logging.
      </p>
    </section>
  )
}
