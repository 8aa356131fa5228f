// A last backup when the app quits or its window closes. The journal lives in the
// renderer's IndexedDB, so main asks the page (QUIT_BACKUP_EVENT), waits until the page
// has written a backup with reason 'quit' (or a few seconds, if the page cannot
// answer), then lets the quit or close go on. A write that has started is given time
// to finish: quitting in the middle of it would only leave a temp file behind.
import type { App, BrowserWindow, WebContents } from 'electron'
import { QUIT_BACKUP_EVENT } from '../shared/ipc'

export const QUIT_BACKUP_TIMEOUT_MS = 5000
/** Upper bound for a quit backup that has started writing (a very large journal). */
export const QUIT_BACKUP_WRITE_LIMIT_MS = 60_000

export class QuitBackup {
  private readonly done = new WeakSet<WebContents>()
  private pending: Promise<void> | null = null
  private release: (() => void) | null = null
  private extend: (() => void) | null = null

  constructor(
    private readonly timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
    private readonly writeLimitMs = QUIT_BACKUP_WRITE_LIMIT_MS,
  ) {}

  /** Called by the backup:write handler when a 'quit' backup starts writing. */
  started(): void {
    this.extend?.()
  }

  /** Called by the backup:write handler when a 'quit' backup finished (or failed). */
  written(): void {
    this.release?.()
  }

  isDone(contents: WebContents): boolean {
    return this.done.has(contents)
  }

  /** Asks the page for a backup once; resolves when it is written or after the timeout. */
  request(contents: WebContents): Promise<void> {
    if (this.done.has(contents)) return Promise.resolve()
    if (this.pending) return this.pending
    if (contents.isDestroyed() || contents.isCrashed()) {
      this.done.add(contents)
      return Promise.resolve()
    }
    this.pending = new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer)
        this.release = null
        this.extend = null
        this.pending = null
        this.done.add(contents)
        resolve()
      }
      let timer = setTimeout(finish, this.timeoutMs)
      this.release = finish
      this.extend = () => {
        clearTimeout(timer)
        timer = setTimeout(finish, this.writeLimitMs)
        this.extend = null
      }
      contents.send(QUIT_BACKUP_EVENT)
    })
    return this.pending
  }

  /** Quit (menu, Cmd+Q, OS shutdown): hold it once until the backup is written. */
  attachToApp(app: App, currentWindow: () => BrowserWindow | null): void {
    app.on('before-quit', (event) => {
      const window = currentWindow()
      if (!window || window.isDestroyed() || this.isDone(window.webContents)) return
      event.preventDefault()
      // A second Quit while waiting just waits with the first one.
      if (this.pending) return
      void this.request(window.webContents).then(() => app.quit())
    })
  }

  /**
   * Closing the window (which quits on Windows and Linux) asks for the backup first.
   * While `onlyHides()` is true the close only hides the window (Leadlog stays in the
   * tray): no backup yet, so the real quit later still asks for one.
   */
  attachToWindow(window: BrowserWindow, onlyHides: () => boolean = () => false): void {
    const contents = window.webContents
    window.on('close', (event) => {
      if (this.isDone(contents) || onlyHides()) return
      event.preventDefault()
      void this.request(contents).then(() => {
        if (!window.isDestroyed()) window.close()
      })
    })
  }
}
