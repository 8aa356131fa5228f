// A bullet's checks as small badges: a mark and words, never colour alone.
import type { BulletChecks } from '../../../../shared/bullets'
import { BULLET_MAX_LENGTH } from '../../../../shared/bullets'

const LABELS: Record<keyof BulletChecks, { ok: string; fail: string; why: string }> = {
  strongVerb: {
    ok: 'Strong verb',
    fail: 'Weak start',
    why: 'Starts with a strong past-tense verb',
  },
  hasNumber: { ok: 'Has a number', fail: 'No number', why: 'Shows a measurable result' },
  lengthOk: { ok: 'Length', fail: 'Too long', why: `At most ${BULLET_MAX_LENGTH} characters` },
  noFirstPerson: { ok: 'No I/we', fail: 'Uses I/we', why: 'No first-person words' },
  noNames: { ok: 'No names', fail: 'Names shown', why: 'No colleague names' },
}

const ORDER = ['strongVerb', 'hasNumber', 'lengthOk', 'noFirstPerson', 'noNames'] as const

export function CheckBadges({ checks, length }: { checks: BulletChecks; length: number }) {
  return (
    <ul className="bullet-checks" aria-label="Checks">
      {ORDER.map((key) => {
        const ok = checks[key]
        const label = LABELS[key]
        const text = ok ? label.ok : label.fail
        return (
          <li
            key={key}
            className={`badge bullet-check ${ok ? 'is-ok' : 'is-fail'}`}
            title={`${label.why}: ${ok ? 'yes' : 'no'}`}
          >
            <span aria-hidden="true">{ok ? '✓' : '✗'} </span>
            {text}
            {key === 'lengthOk' ? ` ${length}/${BULLET_MAX_LENGTH}` : ''}
            <span className="visually-hidden">{ok ? ' (passes)' : ' (fails)'}</span>
          </li>
        )
      })}
    </ul>
  )
}
