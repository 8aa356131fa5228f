// zxcvbn's score as a labelled meter with words, and its advice when it has some.
import { STRENGTH_WORDS, type Strength } from './strength'

export function StrengthMeter({
  id,
  strength,
  checkerError,
}: {
  /** Lets the passphrase input name the meter in its description. */
  id: string
  strength: Strength | null
  checkerError: string | null
}) {
  if (checkerError) {
    return (
      <p className="error" id={id} role="alert">
        {checkerError}
      </p>
    )
  }
  const score = strength?.score ?? 0
  const words = strength ? STRENGTH_WORDS[strength.score] : 'Type a passphrase'
  const advice = strength ? [strength.warning, ...strength.suggestions].filter(Boolean) : []
  return (
    <div className="strength" id={id}>
      <div className="strength-line">
        <div
          role="meter"
          aria-label="Passphrase strength"
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={score}
          aria-valuetext={words}
          className="strength-meter"
          data-score={strength ? score : undefined}
        >
          {[0, 1, 2, 3, 4].map((i) => (
            <span key={i} className={strength && i <= score ? 'filled' : undefined} />
          ))}
        </div>
        <span className="strength-words" aria-hidden="true">
          {words}
        </span>
      </div>
      {advice.length > 0 && (
        <ul className="strength-advice hint">
          {advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
