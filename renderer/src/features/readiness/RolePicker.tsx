// First run: the score means nothing without a target role, so ask for one first.
import { useState, type FormEvent } from 'react'
import { DEFAULT_ROLE, ROLES, type RoleId } from '../../../../shared/entry'
import { updateSettings } from '../../data/settings'

export function RolePicker() {
  const [choice, setChoice] = useState<RoleId>(DEFAULT_ROLE)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await updateSettings({ targetRole: choice })
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <form className="card role-picker" onSubmit={submit} aria-labelledby="role-picker-title">
      <h2 id="role-picker-title">Which role are you aiming for?</h2>
      <p className="hint">
        Readiness weighs your evidence for the role you want. You can change this, or set your own
        weights, in Settings at any time.
      </p>
      <fieldset>
        <legend className="visually-hidden">Target role</legend>
        {ROLES.map((role) => (
          <label key={role.id} className="role-option">
            <input
              type="radio"
              name="target-role"
              value={role.id}
              checked={choice === role.id}
              onChange={() => setChoice(role.id)}
            />
            <span>
              <span className="role-name">{role.name}</span>
              <span className="hint">{role.summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Use this role
      </button>
    </form>
  )
}
