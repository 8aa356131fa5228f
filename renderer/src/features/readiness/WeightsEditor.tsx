// Custom weights with a live preview of the score; saved only when the user says so.
import { useMemo, useState } from 'react'
import { COMPETENCY_IDS, type CompetencyId } from '../../../../shared/entry'
import { COMPETENCY_BY_ID, ROLE_BY_ID, resolveWeights, type RoleId } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { readinessScore } from '../../../../shared/readiness'
import { updateSettings } from '../../data/settings'
import { useLiveEntries } from '../../data/useEntries'
import { useLocale } from '../../app/localeSlice'
import { percent, wholeScore } from './format'

type Saved = Partial<Record<CompetencyId, number>> | undefined
type Draft = Record<CompetencyId, string>

function initialDraft(role: RoleId, saved: Saved): Draft {
  const preset = ROLE_BY_ID[role].weights
  return Object.fromEntries(
    COMPETENCY_IDS.map((id) => [id, String(Math.round((saved?.[id] ?? preset[id]) * 1000) / 10)]),
  ) as Draft
}

/** Parses the draft; null for a field that is not a number from 0 to 100. */
function parse(draft: Draft): Record<CompetencyId, number | null> {
  return Object.fromEntries(
    COMPETENCY_IDS.map((id) => {
      const text = draft[id].trim()
      const value = text === '' ? NaN : Number(text)
      return [id, Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null]
    }),
  ) as Record<CompetencyId, number | null>
}

export function WeightsEditor({ role, saved }: { role: RoleId; saved: Saved }) {
  const locale = useLocale()
  const entries = useLiveEntries()
  const [draft, setDraft] = useState<Draft>(() => initialDraft(role, saved))
  const [error, setError] = useState<string | null>(null)
  const parsed = parse(draft)
  const valid = COMPETENCY_IDS.every((id) => parsed[id] !== null)
  const values = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, parsed[id] ?? 0])) as Record<
    CompetencyId,
    number
  >
  const total = COMPETENCY_IDS.reduce((s, id) => s + values[id], 0)
  const effective = resolveWeights(role, values)
  const preset = ROLE_BY_ID[role].weights
  const isPreset = COMPETENCY_IDS.every((id) => Math.abs(values[id] - preset[id]) < 1e-9)

  const asOf = localIsoDate(new Date())
  const scores = useMemo(() => {
    if (!entries) return null
    return {
      current: readinessScore(entries, { asOf, role, weights: saved }),
      preview: readinessScore(entries, { asOf, role, weights: values }),
    }
    // values is rebuilt each render; draft is its source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entries, asOf, role, saved, draft])

  async function save() {
    setError(null)
    try {
      await updateSettings({ customWeights: isPreset ? undefined : values })
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  async function reset() {
    setError(null)
    setDraft(initialDraft(role, undefined))
    try {
      await updateSettings({ customWeights: undefined })
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <div className="weights-editor">
      <h3>Weights</h3>
      <p className="hint" id="weights-hint">
        How much each competency counts for {ROLE_BY_ID[role].name}. Enter any numbers from 0 to
        100; they are scaled to add up to 100 %, shown as “counts as”.
      </p>
      <table className="weights-table" aria-describedby="weights-hint">
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Weight</th>
            <th scope="col" className="num">
              Counts as
            </th>
            <th scope="col" className="num">
              Preset
            </th>
          </tr>
        </thead>
        <tbody>
          {COMPETENCY_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">
                <label htmlFor={`weight-${id}`}>{COMPETENCY_BY_ID[id].name}</label>
              </th>
              <td>
                <input
                  id={`weight-${id}`}
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  inputMode="decimal"
                  value={draft[id]}
                  aria-invalid={parsed[id] === null}
                  onChange={(event) => setDraft({ ...draft, [id]: event.target.value })}
                />
              </td>
              <td className="num">{total > 0 ? percent(effective[id], locale) : '–'}</td>
              <td className="num">{percent(preset[id], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!valid && (
        <p className="error" role="alert">
          Each weight must be a number from 0 to 100.
        </p>
      )}
      {valid && total === 0 && (
        <p className="error" role="alert">
          At least one weight must be above 0; with all at 0 the preset is used.
        </p>
      )}
      {scores && valid && (
        <p className="weights-preview" role="status">
          Score with these weights: {wholeScore(scores.preview, locale)} (saved weights give{' '}
          {wholeScore(scores.current, locale)})
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={!valid || total === 0} onClick={save}>
          Save weights
        </button>
        <button type="button" onClick={reset} disabled={saved === undefined && isPreset}>
          Reset to preset
        </button>
      </div>
    </div>
  )
}
