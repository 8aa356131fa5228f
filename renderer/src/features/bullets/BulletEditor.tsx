// Editing a bullet in place: the same checks run on the user's text as they type.
import { useId, useState } from 'react'
import type { Bullet } from '../../../../shared/bullets'
import { describeWriteError } from '../../data/writeErrors'
import { MAX_BULLET_EDIT } from '../../data/bulletEdits'
import { CheckBadges } from './CheckBadges'

interface Props {
  initial: string
  check(text: string): Pick<Bullet, 'checks' | 'hints'>
  save(text: string): Promise<unknown>
  close(): void
}

export function BulletEditor({ initial, check, save, close }: Props) {
  const id = useId()
  const [text, setText] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const live = check(text)

  async function onSave() {
    setSaving(true)
    try {
      await save(text)
      close()
    } catch (problem) {
      setError(describeWriteError(problem))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="bullet-editor">
      <label htmlFor={id}>Bullet text</label>
      <textarea
        id={id}
        value={text}
        maxLength={MAX_BULLET_EDIT}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close()
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void onSave()
        }}
      />
      <CheckBadges checks={live.checks} length={text.trim().length} />
      {live.hints.length ? (
        <ul className="bullet-hints hint" aria-label="Hints for your text">
          {live.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="primary" disabled={saving} onClick={() => void onSave()}>
          Save bullet
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  )
}
