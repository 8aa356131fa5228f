// User settings as stored in the database. Read through this schema so a damaged or
// older value falls back to its default instead of breaking the app.
import { z } from 'zod'
import { isRealIsoDate } from '../time'
import { COMPETENCY_IDS } from './entry'
import { ROLE_IDS } from './competencies'
import { CERTIFICATIONS } from './pdu'

/** Idle minutes before an encrypted journal locks, unless the user chose otherwise. */
export const AUTO_LOCK_DEFAULT_MINUTES = 15

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** The weekly reminder unless the user chose otherwise: Fridays at 16:00, local time. */
export const REMINDER_DEFAULTS = { enabled: true, weekday: 5, time: '16:00' } as const
/** Entries a week the "this week" strip measures against unless the user set a target. */
export const WEEKLY_TARGET_DEFAULT = 2

const reminderSchema = z.strictObject({
  enabled: z.boolean(),
  /** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
  weekday: z.number().int().min(0).max(6),
  /** Local time, 24-hour "HH:MM". */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
})
export type ReminderSettings = z.infer<typeof reminderSchema>

const weightSchema = z.number().finite().min(0).max(1)

/** A figure of the PDU rules the user set because the handbook figure is not confirmed here. */
const ruleFigure = z.number().finite().min(0).max(100).multipleOf(0.25)

/**
 * A PMI certification the user holds (issue 17). `cycleStart` is the first day of the
 * current three-year cycle, as PMI's CCRS dashboard shows it. The optional figures fill
 * the rules shared/pdu/rules.ts leaves open (null there) or replace one the user knows
 * has changed; absent, the table's figure applies.
 */
export const certificationSettingSchema = z.strictObject({
  id: z.string().min(1).max(100),
  certification: z.enum(CERTIFICATIONS),
  cycleStart: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((value) => isRealIsoDate(value)),
  areaMinimum: ruleFigure.optional(),
  practitionerCap: ruleFigure.optional(),
  carryOverCap: ruleFigure.optional(),
})
export type CertificationSetting = z.infer<typeof certificationSettingSchema>

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
  /** Light, dark, or as the system says (absent: the system). */
  theme: z.enum(THEMES).optional().catch(undefined),
  /** The weekly reminder (absent: REMINDER_DEFAULTS). */
  reminder: reminderSchema.optional().catch(undefined),
  /** Entries a week the user aims for (absent: WEEKLY_TARGET_DEFAULT). */
  weeklyTarget: z.number().int().min(1).max(50).optional().catch(undefined),
  /** When the weekly reminder last showed, so it shows once per week at most. */
  reminderShownAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
  /** When the first-run welcome was finished or skipped; absent until then. */
  welcomedAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
  /** The PMI certifications the user holds, for the ledger (absent: none yet). */
  certifications: z.array(certificationSettingSchema).max(20).optional().catch(undefined),
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
