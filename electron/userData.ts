// Where the desktop app keeps its data: the journal's IndexedDB (Chromium's storage for the
// app://leadlog origin), settings, the remembered key and the default backups folder.
// Electron derives this folder from package.json's productName unless told otherwise, so
// renaming the product (or a packaging tool rewriting the name) would move it and show an
// empty journal. It is set here, by name, once and for every OS:
//   Windows  %APPDATA%\Leadlog
//   macOS    ~/Library/Application Support/Leadlog
//   Linux    $XDG_CONFIG_HOME/Leadlog (~/.config/Leadlog)
// tests/unit/electron/userData.test.ts pins the three paths and the productName.
import { join } from 'node:path'

/** The folder's name inside the OS's application-data folder. Never change it. */
export const USER_DATA_FOLDER = 'Leadlog'

/** userData for an appData folder, joined with the OS's own separator. */
export function userDataPath(appData: string, joinPath: (...parts: string[]) => string = join) {
  return joinPath(appData, USER_DATA_FOLDER)
}

interface PathApp {
  getPath(name: 'appData'): string
  setPath(name: 'userData', path: string): void
}

/** Must run before 'ready' and before anything reads userData (the single-instance lock does). */
export function pinUserData(app: PathApp): string {
  const path = userDataPath(app.getPath('appData'))
  app.setPath('userData', path)
  return path
}
