// Settings section: quick capture from anywhere (the global shortcut) and keeping Leadlog
// in the tray. Desktop only: the browser build says what the desktop app would add.
import { useEffect, useId, useState } from 'react'
import type { CaptureSettingsPatch, CaptureState } from '../../../../shared/ipc'
import { platform, type Platform } from '../../platform'
import { describeShortcut, ShortcutField } from './ShortcutField'
import './capture.css'

type CaptureApi = NonNullable<Platform['capture']>

type Load =
  | { state: 'loading' }
  | { state: 'ready'; capture: CaptureState }
  | { state: 'failed'; message: string }

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export function CaptureSettings() {
  const id = useId()
  const capture = platform.capture
  return (
    <section className="card settings-section capture-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Quick capture</h2>
      {capture ? (
        <DesktopCaptureSettings capture={capture} />
      ) : (
        <p className="hint">
          Quick capture from anywhere needs the Leadlog desktop app: there, a keyboard shortcut
          opens a small window from any application to note a moment before it slips away, and
          Leadlog can wait in the tray (the menu bar on a Mac).
        </p>
      )}
    </section>
  )
}

function takenMessage(accelerator: string): string {
  return `${describeShortcut(accelerator)} is taken by another app: choose another.`
}

function DesktopCaptureSettings({ capture }: { capture: CaptureApi }) {
  const id = useId()
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  /** A new shortcut the system refused; the previous one stayed. */
  const [refused, setRefused] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    capture.getSettings().then(
      (state) => !cancelled && setLoad({ state: 'ready', capture: state }),
      (caught: unknown) => !cancelled && setLoad({ state: 'failed', message: messageOf(caught) }),
    )
    return () => {
      cancelled = true
    }
  }, [capture])

  if (load.state === 'loading') return <p className="hint">Checking quick capture…</p>
  if (load.state === 'failed') {
    return (
      <p className="error" role="alert">
        Leadlog could not read its quick-capture settings ({load.message}).
      </p>
    )
  }
  const state = load.capture

  const apply = async (patch: CaptureSettingsPatch) => {
    setBusy(true)
    setError(null)
    try {
      const next = await capture.setSettings(patch)
      const wanted = patch.captureShortcut
      setRefused(wanted !== undefined && next.captureShortcut !== wanted ? wanted : null)
      setLoad({ state: 'ready', capture: next })
    } catch (caught) {
      setError(`Not changed: ${messageOf(caught)}`)
    } finally {
      setBusy(false)
    }
  }

  const problems: string[] = []
  if (refused) {
    problems.push(takenMessage(refused))
    if (state.shortcutRegistered) {
      problems.push(`Quick capture still uses ${describeShortcut(state.captureShortcut)}.`)
    }
  }
  if (state.captureEnabled && !state.shortcutRegistered && refused !== state.captureShortcut) {
    problems.push(takenMessage(state.captureShortcut))
  }

  return (
    <>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={state.captureEnabled}
            disabled={busy}
            aria-describedby={`${id}-enabled-hint`}
            onChange={(event) => {
              setRefused(null)
              void apply({ captureEnabled: event.target.checked })
            }}
          />
          Quick capture from anywhere
        </label>
        <span className="hint" id={`${id}-enabled-hint`}>
          Press the shortcut in any application: a small window opens to note a moment, and it is
          saved in this journal at once.
        </span>
      </div>
      <ShortcutField
        shortcut={state.captureShortcut}
        disabled={busy || !state.captureEnabled}
        onChange={(accelerator) => void apply({ captureShortcut: accelerator })}
        problem={state.captureEnabled && problems.length ? problems.join(' ') : null}
      />
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={state.keepInTray}
            disabled={busy}
            aria-describedby={`${id}-tray-hint`}
            onChange={(event) => void apply({ keepInTray: event.target.checked })}
          />
          Keep Leadlog in the tray (menu bar) when its window is closed
        </label>
        <span className="hint" id={`${id}-tray-hint`}>
          Closing the window then leaves Leadlog running with its icon in the tray (the menu bar on
          a Mac), so quick capture stays ready; quit from that icon’s menu. If your desktop shows no
          tray icons, opening Leadlog again brings its window back.
        </span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
