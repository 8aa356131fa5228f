// Settings section owned by the readiness feature: the target role and custom weights.
import { useEffect, useRef } from 'react'
import { DEFAULT_ROLE, ROLES, ROLE_BY_ID, type RoleId } from '../../../../shared/entry'
import { ROLE_IDS } from '../../../../shared/entry'
import { updateSettings, useSettings } from '../../data/settings'
import { takeRoleFocusRequest } from './roleFocus'
import { WeightsEditor } from './WeightsEditor'
import './readiness.css'

function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value)
}

export function RoleSettings() {
  const settings = useSettings()
  const select = useRef<HTMLSelectElement>(null)
  const loaded = settings !== undefined
  // Arriving from a "choose yours in Settings" link: the choice is where focus lands.
  useEffect(() => {
    if (loaded && takeRoleFocusRequest()) {
      select.current?.focus()
      select.current?.scrollIntoView?.({ block: 'center' })
    }
  }, [loaded])
  if (!settings) return null
  const role = settings.targetRole

  return (
    <section className="card role-settings" aria-labelledby="role-settings-title">
      <h2 id="role-settings-title">Target role</h2>
      <div className="field">
        <label htmlFor="target-role">Role you are aiming for</label>
        <select
          ref={select}
          id="target-role"
          value={role ?? ''}
          aria-describedby="target-role-hint"
          onChange={(event) => {
            const value = event.target.value
            // A new role starts from its own preset: custom weights belonged to the old one.
            if (isRoleId(value))
              void updateSettings({ targetRole: value, customWeights: undefined })
          }}
        >
          {role === null && <option value="">Choose a role…</option>}
          {ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <span id="target-role-hint" className="hint">
          {role
            ? `${ROLE_BY_ID[role].summary} Changing the role resets custom weights.`
            : `Readiness, bullets, the review and the promotion case are weighed for this role. Until you choose one, they use ${ROLE_BY_ID[DEFAULT_ROLE].name}, the default.`}
        </span>
      </div>
      {role && (
        <WeightsEditor
          // A new role starts a fresh draft; saving keeps the editor (and focus) in place.
          key={role}
          role={role}
          saved={settings.customWeights}
        />
      )}
    </section>
  )
}
