// The one interface the renderer uses for what a browser page cannot do on its own.
// Desktop: the `window.leadlog` bridge. Browser: downloads, print and a file picker.
import type {
  AppInfo,
  BackupFileInfo,
  BackupFolder,
  BackupReason,
  CaptureSettingsPatch,
  CaptureState,
  DesktopApi,
  OpenResult,
  SaveResult,
} from '../../../shared/ipc'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  kind: 'desktop' | 'browser'
  appInfo(): Promise<AppInfo>
  /** Saves text or bytes where the user chooses (desktop) or as a download (browser). */
  saveFile(
    suggestedName: string,
    data: string | Uint8Array<ArrayBuffer>,
    filters: FileFilter[],
  ): Promise<SaveResult>
  /** Prints self-contained HTML to PDF (desktop) or opens the print dialog (browser). */
  printPdf(suggestedName: string, html: string): Promise<SaveResult>
  openFile(filters: FileFilter[]): Promise<OpenResult>
  openExternal(url: string): Promise<boolean>
  /** Automatic backups folder; null in the browser, which has none. */
  backups: null | {
    write(json: string, entryCount: number, reason: BackupReason): Promise<BackupFileInfo>
    list(): Promise<BackupFolder>
    read(name: string): Promise<string>
    chooseFolder(): Promise<BackupFolder | null>
    /** Called when the app is quitting; the handler should write a 'quit' backup. */
    onQuitRequest(handler: () => void): () => void
    /** Answers a quit request with "no backup" (a locked journal cannot write one). */
    declineQuit(): Promise<void>
  }
  /** The OS keychain, to unlock without the passphrase on this computer; null in the browser. */
  keyStore: null | {
    availability(): Promise<{ available: true } | { available: false; reason: string }>
    remember(keyBase64: string): Promise<void>
    recall(): Promise<string | null>
    forget(): Promise<void>
  }
  /** Lock requests from outside the page (app menu, OS screen lock, suspend); returns an unsubscribe. */
  onLockRequest(handler: () => void): () => void
  /**
   * Quick capture from anywhere (the global shortcut, the tray); null in the browser,
   * where a page can neither listen to other applications' keys nor live in the tray.
   */
  capture: null | {
    /** The settings and whether the shortcut is registered now. */
    getSettings(): Promise<CaptureState>
    /** Saves a change; a new shortcut another app holds is not kept (see DesktopApi). */
    setSettings(patch: CaptureSettingsPatch): Promise<CaptureState>
    /** Closes the quick-capture window (refused from any other window). */
    close(): Promise<void>
  }
}

declare global {
  interface Window {
    leadlog?: DesktopApi
  }
}
