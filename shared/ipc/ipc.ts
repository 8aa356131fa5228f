// The one source of truth for IPC: channel names, argument schemas and the API the
// preload exposes as `window.leadlog`. Main and preload both import from here.
import { z } from 'zod'
import { MAX_BACKUP_BYTES } from '../backup'

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

export const IPC = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  printPdf: 'file:print-pdf',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupChooseFolder: 'backup:choose-folder',
} as const

/**
 * Main → renderer event: the app is quitting and wants a last backup. The renderer
 * answers by calling `backupWrite` with reason 'quit'; main waits for that call (or a
 * few seconds) before it lets the app close.
 */
export const QUIT_BACKUP_EVENT = 'backup:quit-requested'

export type Channel = (typeof IPC)[keyof typeof IPC]

/**
 * A backup's JSON as a string. The cap counts UTF-16 code units, never more than the
 * UTF-8 bytes parseBackup and the file readers count, so nothing they accept is refused.
 */
const backupText = z.string().max(MAX_BACKUP_BYTES)

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
      reason: z.enum(['daily', 'quit', 'manual']),
    }),
  ]),
  [IPC.backupList]: z.tuple([]),
  [IPC.backupRead]: z.tuple([fileName]),
  [IPC.backupChooseFolder]: z.tuple([]),
} satisfies Record<Channel, z.ZodTuple>

export interface AppInfo {
  name: string
  version: string
  platform: string
  userDataPath: string
}

export type SaveResult = { saved: true; path: string } | { saved: false }
export type OpenResult = { opened: true; name: string; text: string } | { opened: false }

export interface BackupFileInfo {
  name: string
  createdAt: string
  entryCount: number
  bytes: number
}

export interface BackupFolder {
  folder: string
  backups: BackupFileInfo[]
}

type Args<C extends Channel> = z.infer<(typeof ipcArgs)[C]>

/** What `window.leadlog` offers. Every method maps to exactly one channel. */
export interface DesktopApi {
  appInfo(...args: Args<typeof IPC.appInfo>): Promise<AppInfo>
  saveFile(...args: Args<typeof IPC.saveFile>): Promise<SaveResult>
  printPdf(...args: Args<typeof IPC.printPdf>): Promise<SaveResult>
  openFile(...args: Args<typeof IPC.openFile>): Promise<OpenResult>
  openExternal(...args: Args<typeof IPC.openExternal>): Promise<boolean>
  backupWrite(...args: Args<typeof IPC.backupWrite>): Promise<BackupFileInfo>
  backupList(...args: Args<typeof IPC.backupList>): Promise<BackupFolder>
  backupRead(...args: Args<typeof IPC.backupRead>): Promise<string>
  backupChooseFolder(...args: Args<typeof IPC.backupChooseFolder>): Promise<BackupFolder | null>
  /** Subscribes to QUIT_BACKUP_EVENT; returns an unsubscribe function. */
  onQuitBackupRequest(handler: () => void): () => void
}

interface ParsedUrl {
  protocol: string
  hostname: string
  username: string
  password: string
}
// WHATWG URL exists in both Node and browsers; shared/ has no DOM or Node typings.
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL

/** Only https links to real hosts leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: ParsedUrl
  try {
    url = new UrlParser(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.hostname.includes('.') &&
    url.username === '' &&
    url.password === ''
  )
}

export const APP_SCHEME = 'app'
export const APP_HOST = 'leadlog'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
