// The welcome's first question: which role the user is working towards, as radio cards
// with what each role is judged on. Nothing is preselected, so no role is chosen for them.
import { useId, useState, type FormEvent } from 'react'
import { ROLES, type RoleId } from '../../../../shared/entry'

interface Props {
  /** The role already chosen (in Settings or Readiness), if any. */
  initial: RoleId | null
  onChoose(role: RoleId): void
  onSkip(): void
}

export function RoleStep({ initial, onChoose, onSkip }: Props) {
  const id = useId()
  const [choice, setChoice] = useState<RoleId | null>(initial)
  const [missing, setMissing] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (choice) onChoose(choice)
    else setMissing(true)
  }

  return (
    <form className="welcome-step" onSubmit={submit} noValidate>
      <fieldset aria-describedby={missing ? `${id}-hint ${id}-missing` : `${id}-hint`}>
        <legend>Which role are you working towards?</legend>
        <p id={`${id}-hint`} className="hint">
          Readiness, bullets, the review and the promotion case are weighed for it.
        </p>
        <div className="welcome-roles">
          {ROLES.map((role) => (
            <label key={role.id} className="welcome-role">
              <input
                type="radio"
                name={`${id}-role`}
                value={role.id}
                checked={choice === role.id}
                onChange={() => {
                  setChoice(role.id)
                  setMissing(false)
                }}
              />
              <span>
                <span className="welcome-role-name">{role.name}</span>
                <span className="hint">{role.summary}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {missing && (
        <p id={`${id}-missing`} className="error" role="alert">
          Choose a role, or skip this question for now.
        </p>
      )}
      <div className="row welcome-actions">
        <button type="submit" className="primary">
          Continue
        </button>
        <button type="button" className="link" onClick={onSkip}>
          Skip for now
        </button>
      </div>
    </form>
  )
}
