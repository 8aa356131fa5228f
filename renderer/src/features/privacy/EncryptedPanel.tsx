// Settings → Privacy for an unlocked, encrypted journal: lock now, when to lock by itself,
// unlocking with this computer's keychain, and the passphrase and encryption themselves.
import { lock } from '../../data/vault'
import { AutoLockSelect } from './AutoLockSelect'
import { RememberToggle } from './RememberToggle'
import { LOCK_SHORTCUT_ARIA, LOCK_SHORTCUT_LABEL } from './shortcut'

export function EncryptedPanel({
  onChangePassphrase,
  onTurnOff,
}: {
  onChangePassphrase(): void
  onTurnOff(): void
}) {
  return (
    <>
      <p className="privacy-state">
        <LockGlyph />
        Your journal is encrypted on this computer.
      </p>
      <div className="row">
        <button type="button" onClick={lock} aria-keyshortcuts={LOCK_SHORTCUT_ARIA}>
          Lock now{' '}
          <kbd className="shortcut" aria-hidden="true">
            {LOCK_SHORTCUT_LABEL}
          </kbd>
        </button>
      </div>
      <AutoLockSelect />
      <RememberToggle />
      <div className="row">
        <button type="button" onClick={onChangePassphrase}>
          Change passphrase…
        </button>
        <button type="button" className="danger" onClick={onTurnOff}>
          Turn off encryption…
        </button>
      </div>
    </>
  )
}

function LockGlyph() {
  return (
    <svg className="lock-glyph" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="5" y="11" width="14" height="10" rx="2" fill="currentColor" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}
