// "Lock after": how many idle minutes before an encrypted journal locks itself.
import { useId, useState } from 'react'
import { AUTO_LOCK_DEFAULT_MINUTES } from '../../../../shared/entry'
import { updateSettings, useSettings } from '../../data/settings'
import { platform } from '../../platform'

const CHOICES: readonly { minutes: number; words: string }[] = [
  { minutes: 1, words: '1 minute' },
  { minutes: 5, words: '5 minutes' },
  { minutes: 15, words: '15 minutes' },
  { minutes: 30, words: '30 minutes' },
  { minutes: 60, words: '1 hour' },
  { minutes: 0, words: 'Never' },
]

export function AutoLockSelect() {
  const id = useId()
  const settings = useSettings()
  const [error, setError] = useState<string | null>(null)
  const value = settings?.autoLockMinutes ?? AUTO_LOCK_DEFAULT_MINUTES
  // A value set some other way (an older backup) is shown rather than silently replaced.
  const choices = CHOICES.some((c) => c.minutes === value)
    ? CHOICES
    : [...CHOICES, { minutes: value, words: `${value} minutes` }]

  const change = async (minutes: number) => {
    setError(null)
    try {
      await updateSettings({ autoLockMinutes: minutes })
    } catch (caught) {
      setError(`Not saved: ${caught instanceof Error ? caught.message : String(caught)}`)
    }
  }

  return (
    <div className="field">
      <label htmlFor={`${id}-select`}>Lock after</label>
      <select
        id={`${id}-select`}
        value={value}
        disabled={!settings}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void change(Number(event.target.value))}
      >
        {choices.map((c) => (
          <option key={c.minutes} value={c.minutes}>
            {c.words}
          </option>
        ))}
      </select>
      <span className="hint" id={`${id}-hint`}>
        Leadlog locks itself when you have not used it for this long.
        {platform.kind === 'desktop' &&
          ' It also locks when this computer sleeps or its screen locks.'}
      </span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
