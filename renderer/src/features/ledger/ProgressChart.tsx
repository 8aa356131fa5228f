// PDUs earned month by month against an even pace to the required total: one look says
// whether the cycle is on track. A table carries the same figures for screen readers.
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatMonth } from '../../../../shared/format'
import { pduProgress, type PduLedger } from '../../../../shared/pdu'
import { useLocale } from '../../app/localeSlice'
import { useThemeColors } from '../readiness'
import { day, pduCount, pdus } from './format'

export function ProgressChart({ ledger, asOf }: { ledger: PduLedger; asOf: string }) {
  const locale = useLocale()
  const colors = useThemeColors()
  const points = pduProgress(ledger, asOf)
  const data = points.map((p) => ({
    month: formatMonth(p.date, locale, 'short'),
    earned: p.earned,
    pace: p.pace,
  }))
  const summary =
    `Line chart: ${pduCount(ledger.earned, locale)} earned by ${day(asOf < ledger.cycleEnd ? asOf : ledger.cycleEnd, locale)}, ` +
    `against an even pace to ${pduCount(ledger.required, locale)} by ${day(ledger.cycleEnd, locale)}.`
  const top = Math.max(ledger.required, ledger.earned)
  return (
    <figure className="ledger-chart">
      <div role="img" aria-label={summary}>
        <ResponsiveContainer
          width="100%"
          height={240}
          initialDimension={{ width: 600, height: 240 }}
        >
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={colors.border} strokeDasharray="3 3" />
            <XAxis
              dataKey="month"
              tick={{ fill: colors.muted, fontSize: 12 }}
              stroke={colors.border}
              interval="preserveStartEnd"
              minTickGap={24}
            />
            <YAxis
              domain={[0, Math.ceil(top / 10) * 10]}
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
              formatter={(value) =>
                typeof value === 'number' ? pdus(value, locale) : String(value)
              }
            />
            <ReferenceLine
              y={ledger.required}
              stroke={colors.success}
              strokeDasharray="6 3"
              label={{
                value: `${pdus(ledger.required, locale)} needed`,
                fill: colors.muted,
                fontSize: 12,
                position: 'insideTopLeft',
              }}
            />
            <Line
              type="linear"
              dataKey="pace"
              name="Even pace"
              stroke={colors.muted}
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="stepAfter"
              dataKey="earned"
              name="Earned"
              stroke={colors.accent}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="hint">
        <span className="legend-swatch earned" aria-hidden="true" /> Earned so far{' '}
        <span className="legend-swatch pace" aria-hidden="true" /> Even pace to the end of the cycle
      </figcaption>
      <table className="visually-hidden">
        <caption>PDUs earned by the end of each month, and an even pace</caption>
        <thead>
          <tr>
            <th scope="col">Month end</th>
            <th scope="col">Earned</th>
            <th scope="col">Even pace</th>
          </tr>
        </thead>
        <tbody>
          {points
            .filter((p) => p.earned !== null)
            .map((p) => (
              <tr key={p.date}>
                <td>{day(p.date, locale)}</td>
                <td>{pdus(p.earned!, locale)}</td>
                <td>{pdus(p.pace, locale)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  )
}
