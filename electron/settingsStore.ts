// The desktop shell's own small settings (window bounds, last folder used, backups
// folder, quick capture and the tray), kept as one JSON file in userData. The journal itself lives in IndexedDB.
// The file is outside input like any other: parsed with zod, and a bad field falls
// back to its default without losing the good ones.
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { acceleratorSchema, DEFAULT_CAPTURE_SHORTCUT, type CaptureSettings } from '../shared/ipc'
import { writeFileAtomic } from './atomicWrite'

const FILE_NAME = 'desktop-settings.json'

const bounds = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
  maximized: z.boolean(),
})

const absolutePath = z.string().min(1).max(4096)

export const desktopSettingsSchema = z.object({
  window: bounds.optional().catch(undefined),
  lastFolder: absolutePath.optional().catch(undefined),
  backupFolder: absolutePath.optional().catch(undefined),
  // Quick capture: each absent until the user changes it; see captureSettingsOf.
  captureShortcut: acceleratorSchema.optional().catch(undefined),
  captureEnabled: z.boolean().optional().catch(undefined),
  keepInTray: z.boolean().optional().catch(undefined),
})

export type WindowBounds = z.infer<typeof bounds>
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>

export function parseDesktopSettings(text: string): DesktopSettings {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return {}
  }
  const parsed = desktopSettingsSchema.safeParse(raw)
  return parsed.success ? parsed.data : {}
}

export const CAPTURE_DEFAULTS: CaptureSettings = {
  captureShortcut: DEFAULT_CAPTURE_SHORTCUT,
  captureEnabled: true,
  keepInTray: false,
}

/** The quick-capture settings, each stored value or its default. */
export function captureSettingsOf(settings: DesktopSettings): CaptureSettings {
  return {
    captureShortcut: settings.captureShortcut ?? CAPTURE_DEFAULTS.captureShortcut,
    captureEnabled: settings.captureEnabled ?? CAPTURE_DEFAULTS.captureEnabled,
    keepInTray: settings.keepInTray ?? CAPTURE_DEFAULTS.keepInTray,
  }
}

/** One store per app run; writes are serialised so two updates never interleave. */
export class SettingsStore {
  private cache: DesktopSettings | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly folder: string) {}

  get path(): string {
    return join(this.folder, FILE_NAME)
  }

  async read(): Promise<DesktopSettings> {
    if (!this.cache) {
      const text = await fs.readFile(this.path, 'utf8').catch(() => '{}')
      this.cache = parseDesktopSettings(text)
    }
    return { ...this.cache }
  }

  update(patch: Partial<DesktopSettings>): Promise<void> {
    const run = this.queue.then(async () => {
      const next = { ...(await this.read()), ...patch }
      await fs.mkdir(this.folder, { recursive: true })
      await writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 })
      this.cache = next
    })
    this.queue = run.catch(() => undefined)
    return run
  }
}
