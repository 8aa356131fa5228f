// Quick capture from anywhere: the settings (kept in the desktop settings file) and the
// global shortcut that opens the quick-capture window. A shortcut another application
// already holds is refused by the operating system without a word; Leadlog keeps working
// and says so through the state it reports (shortcutRegistered: false).
import type { CaptureSettings, CaptureSettingsPatch, CaptureState } from '../shared/ipc'
import { captureSettingsOf, CAPTURE_DEFAULTS, type SettingsStore } from './settingsStore'

/** The part of Electron's globalShortcut used here. */
export interface ShortcutRegistry {
  register(accelerator: string, callback: () => void): boolean
  unregister(accelerator: string): void
}

/** Keeps at most one accelerator registered, the one asked for last. */
export class CaptureShortcut {
  private registered: string | null = null

  constructor(
    private readonly registry: ShortcutRegistry,
    private readonly onPress: () => void,
  ) {}

  get current(): string | null {
    return this.registered
  }

  /** Registers the shortcut when enabled (dropping any other); true when it is in effect. */
  apply(settings: Pick<CaptureSettings, 'captureShortcut' | 'captureEnabled'>): boolean {
    const wanted = settings.captureEnabled ? settings.captureShortcut : null
    if (this.registered === wanted) return wanted !== null
    this.release()
    if (wanted === null) return false
    let ok = false
    try {
      ok = this.registry.register(wanted, this.onPress)
    } catch {
      // Electron throws on an accelerator it cannot parse; the schema should prevent it.
      ok = false
    }
    if (ok) this.registered = wanted
    return ok
  }

  release(): void {
    if (this.registered === null) return
    try {
      this.registry.unregister(this.registered)
    } finally {
      this.registered = null
    }
  }
}

export interface CaptureServiceOptions {
  settings: SettingsStore
  shortcuts: ShortcutRegistry
  /** What the shortcut does: open (or bring forward) the quick-capture window. */
  onShortcut: () => void
}

/** One per app run: reads and changes the settings, one change at a time. */
export class CaptureService {
  private readonly shortcut: CaptureShortcut
  private readonly listeners = new Set<(state: CaptureState) => void>()
  private latest: CaptureState = { ...CAPTURE_DEFAULTS, shortcutRegistered: false }
  private started: Promise<CaptureState> | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: CaptureServiceOptions) {
    this.shortcut = new CaptureShortcut(options.shortcuts, options.onShortcut)
  }

  /** The state now, without waiting (defaults until start() has read the settings). */
  get current(): CaptureState {
    return this.latest
  }

  /** Reads the settings and registers the shortcut; call once the app is ready. */
  start(): Promise<CaptureState> {
    this.started ??= this.serial(async () => {
      const settings = captureSettingsOf(await this.options.settings.read())
      return this.publish(settings, this.shortcut.apply(settings))
    })
    return this.started
  }

  state(): Promise<CaptureState> {
    return this.start().then(() => this.latest)
  }

  /**
   * Saves a change and re-registers. A new shortcut that cannot be registered is not
   * saved: the previous one is registered again and the answer names it.
   */
  async update(patch: CaptureSettingsPatch): Promise<CaptureState> {
    await this.start()
    return this.serial(async () => {
      const before = captureSettingsOf(await this.options.settings.read())
      let next: CaptureSettings = { ...before, ...stripUndefined(patch) }
      let registered = this.shortcut.apply(next)
      if (next.captureEnabled && !registered && next.captureShortcut !== before.captureShortcut) {
        next = { ...next, captureShortcut: before.captureShortcut }
        registered = this.shortcut.apply(next)
      }
      try {
        await this.options.settings.update(next)
      } catch (error) {
        // Not saved: what is in effect goes back to what the file says.
        this.publish(before, this.shortcut.apply(before))
        throw error
      }
      return this.publish(next, registered)
    })
  }

  /** Called with every new state (the tray shows the shortcut); returns an unsubscribe. */
  onChange(listener: (state: CaptureState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Unregisters the shortcut; call when the app quits. */
  stop(): void {
    this.shortcut.release()
  }

  private publish(settings: CaptureSettings, shortcutRegistered: boolean): CaptureState {
    this.latest = { ...settings, shortcutRegistered }
    for (const listener of this.listeners) listener(this.latest)
    return this.latest
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }
}

function stripUndefined(patch: CaptureSettingsPatch): Partial<CaptureSettings> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<CaptureSettings>
}
