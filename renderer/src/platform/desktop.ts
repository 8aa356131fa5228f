import type { DesktopApi } from '../../../shared/ipc'
import type { Platform } from './platform'

export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => api.appInfo(),
    saveFile: (suggestedName, data, filters) => api.saveFile({ suggestedName, data, filters }),
    printPdf: (suggestedName, html) => api.printPdf({ suggestedName, html }),
    openFile: (filters) => api.openFile({ filters }),
    openExternal: (url) => api.openExternal(url),
    backups: {
      write: (json, entryCount, reason) => api.backupWrite({ json, entryCount, reason }),
      list: () => api.backupList(),
      read: (name) => api.backupRead(name),
      chooseFolder: () => api.backupChooseFolder(),
      onQuitRequest: (handler) => api.onQuitBackupRequest(handler),
    },
  }
}
