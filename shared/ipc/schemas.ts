// The arguments of each IPC channel as zod schemas, and the API the preload exposes as
// `window.leadlog`. The main side parses every call with these before a handler runs.
import { z } from 'zod'
import { MAX_BACKUP_BYTES } from '../backup'
import { acceleratorSchema } from './accelerator'
import {
  IPC,
  type AppInfo,
  type BackupFileInfo,
  type BackupFolder,
  type CaptureState,
  type Channel,
  type KeyAvailability,
  type OpenResult,
  type SaveResult,
} from './channels'

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
})

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/]/.test(name) && name !== '.' && name !== '..',
    'must be a file name, not a path',
  )

/**
 * A backup's JSON as a string. The cap counts UTF-16 code units, never more than the
 * UTF-8 bytes parseBackup and the file readers count, so nothing they accept is refused.
 */
const backupText = z.string().max(MAX_BACKUP_BYTES)

/**
 * The journal's 256-bit key as standard, padded base64: exactly 32 bytes is 43 characters
 * and one '='. The 43rd character carries only 4 bits of the key, so its low 2 bits are 0.
 */
export const keyBase64Schema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, 'must be the base64 of exactly 32 bytes')

/** A change to the quick-capture settings: any of the three, nothing else. */
export const captureSettingsPatchSchema = z.strictObject({
  captureShortcut: acceleratorSchema.optional(),
  captureEnabled: z.boolean().optional(),
  keepInTray: z.boolean().optional(),
})
export type CaptureSettingsPatch = z.infer<typeof captureSettingsPatchSchema>

/** Arguments of each channel, as a tuple schema. The main side parses with these. */
export const ipcArgs = {
  [IPC.appInfo]: z.tuple([]),
  [IPC.saveFile]: z.tuple([
    z.strictObject({
      suggestedName: fileName,
      filters: z.array(fileFilter).max(5),
      /** Text is written as UTF-8; bytes as they are. The largest text saved is a backup. */
      data: z.union([backupText, z.instanceof(Uint8Array)]),
    }),
  ]),
  [IPC.printPdf]: z.tuple([
    z.strictObject({ suggestedName: fileName, html: z.string().max(50_000_000) }),
  ]),
  [IPC.openFile]: z.tuple([z.strictObject({ filters: z.array(fileFilter).max(5) })]),
  [IPC.openExternal]: z.tuple([z.string().max(2048)]),
  [IPC.backupWrite]: z.tuple([
    z.strictObject({
      json: backupText,
      entryCount: z.number().int().min(0),
      reason: z.enum(['daily', 'quit', 'manual', 'before-restore', 'before-migration']),
    }),
  ]),
  [IPC.backupList]: z.tuple([]),
  [IPC.backupRead]: z.tuple([fileName]),
  [IPC.backupChooseFolder]: z.tuple([]),
  [IPC.backupQuitDeclined]: z.tuple([]),
  [IPC.keyAvailability]: z.tuple([]),
  [IPC.keyRemember]: z.tuple([keyBase64Schema]),
  [IPC.keyRecall]: z.tuple([]),
  [IPC.keyForget]: z.tuple([]),
  [IPC.captureGetSettings]: z.tuple([]),
  [IPC.captureSetSettings]: z.tuple([captureSettingsPatchSchema]),
  [IPC.captureClose]: z.tuple([]),
} satisfies Record<Channel, z.ZodTuple>

type Args<C extends Channel> = z.infer<(typeof ipcArgs)[C]>

/** What `window.leadlog` offers. Every method maps to exactly one channel. */
export interface DesktopApi {
  appInfo(...args: Args<typeof IPC.appInfo>): Promise<AppInfo>
  saveFile(...args: Args<typeof IPC.saveFile>): Promise<SaveResult>
  printPdf(...args: Args<typeof IPC.printPdf>): Promise<SaveResult>
  openFile(...args: Args<typeof IPC.openFile>): Promise<OpenResult>
  /**
   * Opens an https link to a named public host in the system browser after main has
   * asked the user to confirm the host; false when the link is not eligible at all.
   */
  openExternal(...args: Args<typeof IPC.openExternal>): Promise<boolean>
  backupWrite(...args: Args<typeof IPC.backupWrite>): Promise<BackupFileInfo>
  backupList(...args: Args<typeof IPC.backupList>): Promise<BackupFolder>
  backupRead(...args: Args<typeof IPC.backupRead>): Promise<string>
  backupChooseFolder(...args: Args<typeof IPC.backupChooseFolder>): Promise<BackupFolder | null>
  /** No quit backup will come (the journal is locked): the quit need not wait for one. */
  backupQuitDeclined(...args: Args<typeof IPC.backupQuitDeclined>): Promise<void>
  keyAvailability(...args: Args<typeof IPC.keyAvailability>): Promise<KeyAvailability>
  /** Keeps the key, encrypted by the OS keychain; rejects with the reason when it cannot. */
  keyRemember(...args: Args<typeof IPC.keyRemember>): Promise<void>
  /** The remembered key, or null when there is none (or it can no longer be read). */
  keyRecall(...args: Args<typeof IPC.keyRecall>): Promise<string | null>
  keyForget(...args: Args<typeof IPC.keyForget>): Promise<void>
  /** The quick-capture settings and whether the shortcut is registered now. */
  captureGetSettings(...args: Args<typeof IPC.captureGetSettings>): Promise<CaptureState>
  /**
   * Saves a change and re-registers the shortcut. A new shortcut the operating system
   * refuses (another application holds it) is not kept: the answer still names the
   * previous one, so the page can tell that the new one was taken.
   */
  captureSetSettings(...args: Args<typeof IPC.captureSetSettings>): Promise<CaptureState>
  /** Closes the quick-capture window; refused from any other window. */
  captureClose(...args: Args<typeof IPC.captureClose>): Promise<void>
  /** Subscribes to QUIT_BACKUP_EVENT; returns an unsubscribe function. */
  onQuitBackupRequest(handler: () => void): () => void
  /** Subscribes to LOCK_REQUEST_EVENT; returns an unsubscribe function. */
  onLockRequest(handler: () => void): () => void
}
