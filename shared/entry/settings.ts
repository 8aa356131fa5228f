// User settings as stored in the database. Read through this schema so a damaged or
// older value falls back to its default instead of breaking the app.
import { z } from 'zod'
import { COMPETENCY_IDS } from './entry'
import { ROLE_IDS } from './competencies'

/** Idle minutes before an encrypted journal locks, unless the user chose otherwise. */
export const AUTO_LOCK_DEFAULT_MINUTES = 15

const weightSchema = z.number().finite().min(0).max(1)

export const settingsSchema = z.object({
  /** Null until the user picks a target role on first run. */
  targetRole: z.enum(ROLE_IDS).nullable().catch(null),
  customWeights: z.partialRecord(z.enum(COMPETENCY_IDS), weightSchema).optional().catch(undefined),
  /** 1 = January. Fiscal quarters start here. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).catch(1),
  /** When the user last exported or wrote a backup (browser reminder). */
  lastBackupAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
  /**
   * An encrypted journal locks after this many idle minutes; 0 never locks by itself.
   * Absent until the user chooses: AUTO_LOCK_DEFAULT_MINUTES applies.
   */
  autoLockMinutes: z.number().int().min(0).max(1440).optional().catch(undefined),
})

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  targetRole: null,
  fiscalYearStartMonth: 1,
}

export function parseSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {})
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS }
}
