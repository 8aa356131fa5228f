// The application menu: the platform's standard roles and accelerators, and Lock now.
// Developer tools and reload only exist in development.
import { app, Menu, type MenuItemConstructorOptions } from 'electron'

/** What the menu's own items do; main wires them to the window. */
export interface MenuActions {
  /** Asks the page to lock the journal. */
  lockNow(): void
}

export const LOCK_NOW_LABEL = 'Lock now'
export const LOCK_NOW_ACCELERATOR = 'CmdOrCtrl+L'

export function menuTemplate(
  isMac: boolean,
  isDev: boolean,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  // The File role's own items (Close on macOS, Quit elsewhere), with Lock now above them.
  const file: MenuItemConstructorOptions[] = [
    {
      label: LOCK_NOW_LABEL,
      accelerator: LOCK_NOW_ACCELERATOR,
      click: () => actions.lockNow(),
    },
    { type: 'separator' },
    isMac ? { role: 'close' } : { role: 'quit' },
  ]
  const view: MenuItemConstructorOptions[] = [
    ...(isDev
      ? ([
          { role: 'reload' },
          { role: 'forceReload' },
          { role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu', submenu: file },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'About Leadlog',
          click: () => app.showAboutPanel(),
        },
      ],
    },
  ]
}

export function installMenu(isDev: boolean, actions: MenuActions): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', isDev, actions)),
  )
}
