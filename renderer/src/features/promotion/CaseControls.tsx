// What the case is for: the target role, the period (the last 12 months, or custom
// dates) and whether people are named.
import { DEFAULT_ROLE, ROLE_BY_ID, ROLES, type RoleId } from '../../../../shared/entry'
import { twelveMonthsEnding } from '../../../../shared/promotion'
import { formatRange } from '../../../../shared/time'
import { usePromotionUi, type CasePeriodMode } from './promotionSlice'
import type { CasePeriodChoice } from './useCasePeriod'
import { ChooseRoleLink } from '../readiness'

interface Props {
  role: RoleId
  /** False while the role is the default, neither picked here nor chosen in Settings. */
  chosen: boolean
  today: string
  period: CasePeriodChoice
}

const MODES: { id: CasePeriodMode; label: string }[] = [
  { id: 'year', label: 'The last 12 months' },
  { id: 'custom', label: 'Custom dates' },
]

const DATE_FIELDS = [
  { end: 'from', label: 'From' },
  { end: 'to', label: 'To (inclusive)' },
] as const

export function CaseControls({ role, chosen, today, period }: Props) {
  const ui = usePromotionUi()

  const pickMode = (mode: CasePeriodMode) => {
    // Custom dates start from the last 12 months, so the user only adjusts them.
    if (mode === 'custom' && !ui.from && !ui.to) ui.setRange(twelveMonthsEnding(today))
    ui.setMode(mode)
  }

  return (
    <div className="promotion-controls card">
      <div className="field">
        <label htmlFor="promotion-role">Target role</label>
        {/* The default is an option of its own, so picking that same role is a choice. */}
        <select
          id="promotion-role"
          value={chosen ? role : ''}
          aria-describedby={chosen ? undefined : 'promotion-role-hint'}
          onChange={(e) => {
            if (e.target.value) ui.setRole(e.target.value as RoleId)
          }}
        >
          {!chosen && <option value="">{ROLE_BY_ID[DEFAULT_ROLE].name} (default)</option>}
          {ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {!chosen && (
          <span id="promotion-role-hint" className="hint">
            No role chosen yet, so the case uses the default’s weights and names no role. Pick one
            here, or <ChooseRoleLink>choose yours in Settings</ChooseRoleLink>.
          </span>
        )}
      </div>

      <fieldset className="promotion-period">
        <legend>Period</legend>
        <div className="promotion-modes" role="radiogroup" aria-label="Kind of period">
          {MODES.map((m) => (
            <label key={m.id} className="promotion-mode">
              <input
                type="radio"
                name="promotion-period-mode"
                value={m.id}
                checked={ui.mode === m.id}
                onChange={() => pickMode(m.id)}
              />
              {m.label}
            </label>
          ))}
        </div>
        {ui.mode === 'custom' && (
          <div className="row">
            {DATE_FIELDS.map(({ end, label }) => (
              <div className="field" key={end}>
                <label htmlFor={`promotion-${end}`}>{label}</label>
                <input
                  id={`promotion-${end}`}
                  type="date"
                  value={ui[end]}
                  max={today}
                  aria-invalid={!period.ok}
                  aria-describedby="promotion-period-status"
                  onChange={(e) => ui.setRange({ [end]: e.target.value })}
                />
              </div>
            ))}
          </div>
        )}
        <p
          id="promotion-period-status"
          className={period.ok ? 'hint' : 'error'}
          role={period.ok ? undefined : 'alert'}
        >
          {period.ok ? `${formatRange(period.from, period.to)}.` : period.message}
        </p>
      </fieldset>

      <label className="promotion-switch">
        <input
          type="checkbox"
          role="switch"
          checked={ui.shareSafe}
          aria-describedby="promotion-share-safe-hint"
          onChange={(e) => ui.setShareSafe(e.target.checked)}
        />
        Share-safe
      </label>
      <p id="promotion-share-safe-hint" className="hint">
        {ui.shareSafe
          ? 'People are described by their role (“the COO”), never named.'
          : 'People are named. Turn share-safe on before the case leaves your hands.'}
      </p>
    </div>
  )
}
