// Which role a view is weighed for. Until the user chooses one, every view works with the
// default role; this line says so and leads to the choice, so the default is never
// passed off as theirs.
import { DEFAULT_ROLE, ROLE_BY_ID, type RoleId } from '../../../../shared/entry'
import { useNavigation } from '../../app/navigation'
import { requestRoleFocus } from './roleFocus'
import './readiness.css'

interface Props {
  /** The user's target role; null when they have not chosen one. */
  role: RoleId | null
  /** What the role is to the view, before its name. */
  lead?: string
}

export function TargetRoleLine({ role, lead = 'Target role:' }: Props) {
  return (
    <p className="hint target-role-line">
      {lead} <strong>{ROLE_BY_ID[role ?? DEFAULT_ROLE].name}</strong>
      {role === null && (
        <>
          {' (the default — '}
          <ChooseRoleLink />)
        </>
      )}
    </p>
  )
}

/** Opens Settings with the role select focused. */
export function ChooseRoleLink({ children = 'choose yours in Settings' }: { children?: string }) {
  const go = useNavigation((s) => s.go)
  return (
    <button
      type="button"
      className="link"
      onClick={() => {
        requestRoleFocus()
        go('settings')
      }}
    >
      {children}
    </button>
  )
}
