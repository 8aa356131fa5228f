// Radar of the ten competency scores with the role's weights drawn over them.
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts'
import type { CompetencyResult } from '../../../../shared/readiness'
import { SHORT_NAMES } from './labels'
import { useThemeColors } from './useThemeColors'

const WEIGHT_SERIES = 'Role weight (scaled: the heaviest reaches the rim)'

export function CompetencyRadar({ competencies }: { competencies: CompetencyResult[] }) {
  const colors = useThemeColors()
  // Weights are fractions near 0.1; scale them so the heaviest touches 100 and the
  // shape is visible against the scores. The legend says so.
  const heaviest = Math.max(...competencies.map((c) => c.weight)) || 1
  const data = competencies.map((c) => ({
    label: SHORT_NAMES[c.id],
    score: Math.round(c.score * 10) / 10,
    weight: Math.round((c.weight / heaviest) * 1000) / 10,
  }))
  const strongest = [...competencies].sort((a, b) => b.score - a.score)[0]
  const summary =
    `Radar chart of your ten competency scores out of 100, with the role's weights drawn over ` +
    `them. Strongest: ${strongest ? SHORT_NAMES[strongest.id] : 'none'}. ` +
    `The exact numbers are in the Competencies table.`

  return (
    <figure className="radar" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={360} initialDimension={{ width: 420, height: 360 }}>
        <RadarChart data={data} outerRadius="68%">
          <PolarGrid stroke={colors.border} />
          <PolarAngleAxis dataKey="label" tick={{ fill: colors.text, fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
          <Radar
            name="Your score (0–100)"
            dataKey="score"
            stroke={colors.accent}
            fill={colors.accent}
            fillOpacity={0.3}
            isAnimationActive={false}
          />
          <Radar
            name={WEIGHT_SERIES}
            dataKey="weight"
            stroke={colors.warning}
            fill="none"
            strokeWidth={2}
            strokeDasharray="6 4"
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ color: colors.text, fontSize: 12 }} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  )
}
