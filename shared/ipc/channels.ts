// The IPC channel names and the plain shapes of what they answer. No zod here (nor any
// other import): the sandboxed preload bundles this file as it is, so it stays a table.
// The argument schemas are in schemas.ts; main and the renderer reach both through the
// ipc door.

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
  backupQuitDeclined: 'backup:quit-declined',
  keyAvailability: 'vault:key-availability',
  keyRemember: 'vault:key-remember',
  keyRecall: 'vault:key-recall',
  keyForget: 'vault:key-forget',
  captureGetSettings: 'capture:get-settings',
  captureSetSettings: 'capture:set-settings',
  captureClose: 'capture:close',
} as const

/**
 * Main → renderer event: the app is quitting and wants a last backup. The renderer
 * answers by calling `backupWrite` with reason 'quit'; main waits for that call (or a
 * few seconds) before it lets the app close.
 */
export const QUIT_BACKUP_EVENT = 'backup:quit-requested'

/**
 * Main → renderer event: lock the journal now. Sent when the user picks Lock now in the
 * app menu, and when the operating system locks the screen or suspends.
 */
export const LOCK_REQUEST_EVENT = 'app:lock-requested'

export type Channel = (typeof IPC)[keyof typeof IPC]

export interface AppInfo {
  name: string
  version: string
  platform: string
  userDataPath: string
}

export type SaveResult = { saved: true; path: string } | { saved: false }
export type OpenResult = { opened: true; name: string; text: string } | { opened: false }

/** Why a backup is written: on a schedule, by hand, or as a snapshot before a risky change. */
export type BackupReason = 'daily' | 'quit' | 'manual' | 'before-restore' | 'before-migration'

export interface BackupFileInfo {
  name: string
  createdAt: string
  /** Entries it holds; -1 when not known (an encrypted file copied into the folder by hand). */
  entryCount: number
  bytes: number
  /** A scheduled backup, or a snapshot taken before a restore or a migration (absent: 'backup'). */
  kind?: 'backup' | 'before-restore' | 'before-migration'
  /**
   * Set on a backup just written that holds far fewer entries than the one before it:
   * both are kept, and the page tells the user.
   */
  fewerThan?: { name: string; createdAt: string; entryCount: number }
}

export interface BackupFolder {
  folder: string
  backups: BackupFileInfo[]
}

/** Whether the OS keychain can keep the journal's key, and in plain words why not. */
export type KeyAvailability = { available: true } | { available: false; reason: string }

/** Quick capture from anywhere (desktop): the global shortcut and the tray. */
export interface CaptureSettings {
  /** An Electron accelerator, such as 'CommandOrControl+Shift+L'. */
  captureShortcut: string
  /** Whether the global shortcut is registered at all. */
  captureEnabled: boolean
  /** Closing the main window hides it and keeps Leadlog in the tray (menu bar). */
  keepInTray: boolean
}

/**
 * The settings and whether the shortcut is in effect: false while it is switched off, and
 * when the operating system refused it because another application holds it.
 */
export interface CaptureState extends CaptureSettings {
  shortcutRegistered: boolean
}
