import type { DesktopApi } from '../../../shared/ipc'
import type { Platform } from './platform'

// An error thrown in the main process reaches the page as "Error invoking remote method
// 'file:open': Error: huge.json is …"; main already words the last part for the user.
const IPC_WRAPPING = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/

/** The call, rejecting with main's own sentence rather than Electron's wrapping of it. */
function plain<A extends unknown[], R>(call: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> =>
    call(...args).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(message.replace(IPC_WRAPPING, ''))
    })
}

export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    appInfo: plain(() => api.appInfo()),
    saveFile: plain((suggestedName, data, filters) =>
      api.saveFile({ suggestedName, data, filters }),
    ),
    printPdf: plain((suggestedName, html) => api.printPdf({ suggestedName, html })),
    openFile: plain((filters) => api.openFile({ filters })),
    openExternal: plain((url) => api.openExternal(url)),
    backups: {
      write: plain((json, entryCount, reason) => api.backupWrite({ json, entryCount, reason })),
      list: plain(() => api.backupList()),
      read: plain((name) => api.backupRead(name)),
      chooseFolder: plain(() => api.backupChooseFolder()),
      onQuitRequest: (handler) => api.onQuitBackupRequest(handler),
      declineQuit: plain(() => api.backupQuitDeclined()),
    },
    keyStore: {
      availability: plain(() => api.keyAvailability()),
      remember: plain((keyBase64) => api.keyRemember(keyBase64)),
      recall: plain(() => api.keyRecall()),
      forget: plain(() => api.keyForget()),
    },
    onLockRequest: (handler) => api.onLockRequest(handler),
    capture: {
      getSettings: plain(() => api.captureGetSettings()),
      setSettings: plain((patch) => api.captureSetSettings(patch)),
      close: plain(() => api.captureClose()),
    },
  }
}
