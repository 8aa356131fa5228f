// Keeping Leadlog in the tray (the menu bar on macOS) when the user wants it there: an
// icon with Open Leadlog, Quick capture and Quit, and closing the main window hides it
// instead of quitting. A real quit (this menu, the app menu, Cmd+Q, the OS ending the
// session) still quits, with its last backup.
import { Menu, Tray, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { describeAccelerator, type CaptureState } from '../shared/ipc'
import { trayIcon } from './trayIcon'

export interface TrayActions {
  openLeadlog(): void
  quickCapture(): void
  quit(): void
}

export const TRAY_TOOLTIP = 'Leadlog'

/** "Quick capture (Ctrl+Shift+L)" while the shortcut works, else plain "Quick capture". */
export function quickCaptureLabel(state: CaptureState, mac: boolean): string {
  return state.captureEnabled && state.shortcutRegistered
    ? `Quick capture (${describeAccelerator(state.captureShortcut, mac)})`
    : 'Quick capture'
}

export function trayMenuTemplate(
  state: CaptureState,
  mac: boolean,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Leadlog', click: () => actions.openLeadlog() },
    { label: quickCaptureLabel(state, mac), click: () => actions.quickCapture() },
    { type: 'separator' },
    { label: 'Quit Leadlog', click: () => actions.quit() },
  ]
}

/** The tray icon, present exactly while keepInTray is on. */
export class AppTray {
  private tray: Tray | null = null

  constructor(
    private readonly actions: TrayActions,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  get current(): Tray | null {
    return this.tray
  }

  /** Shows, updates or removes the icon for the state. */
  update(state: CaptureState): void {
    if (!state.keepInTray) {
      this.destroy()
      return
    }
    if (!this.tray) {
      this.tray = new Tray(trayIcon())
      this.tray.setToolTip(TRAY_TOOLTIP)
      // Windows opens the app on a click and keeps the menu for the right button; macOS
      // and Linux (an app indicator ignores clicks) show the menu.
      if (this.platform === 'win32') this.tray.on('click', () => this.actions.openLeadlog())
    }
    // Set again on every change: Linux shows a changed menu only when it is set anew.
    const mac = this.platform === 'darwin'
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, mac, this.actions)))
  }

  destroy(): void {
    this.tray?.destroy()
    this.tray = null
  }
}

/**
 * Closing the window hides it while `hideInstead()` says so (kept in the tray and not
 * quitting). Attach before anything else that holds the close, which must skip then too.
 */
export function hideOnClose(window: BrowserWindow, hideInstead: () => boolean): void {
  window.on('close', (event) => {
    if (!hideInstead() || window.isDestroyed()) return
    event.preventDefault()
    window.hide()
  })
}
