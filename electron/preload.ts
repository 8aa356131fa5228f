// The only bridge between the page and the main process: exactly one method per IPC
// channel on `window.leadlog`. ipcRenderer itself is never exposed, so the page cannot
// send arbitrary messages. Runs sandboxed and is bundled as one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopApi, IPC as IpcChannels, QUIT_BACKUP_EVENT as QuitEvent } from '../shared/ipc'

// Channel names typed against shared/ipc.ts (a typo or a renamed channel fails the
// typecheck), but written out so the preload does not bundle zod with the schemas:
// it stays a few lines that are easy to audit.
const IPC: typeof IpcChannels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  printPdf: 'file:print-pdf',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupChooseFolder: 'backup:choose-folder',
}
const QUIT_BACKUP_EVENT: typeof QuitEvent = 'backup:quit-requested'

const api = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  printPdf: (request) => ipcRenderer.invoke(IPC.printPdf, request),
  openFile: (request) => ipcRenderer.invoke(IPC.openFile, request),
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
  backupWrite: (request) => ipcRenderer.invoke(IPC.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC.backupList),
  backupRead: (name) => ipcRenderer.invoke(IPC.backupRead, name),
  backupChooseFolder: () => ipcRenderer.invoke(IPC.backupChooseFolder),
  onQuitBackupRequest: (handler) => {
    // The page's handler never sees the IPC event (it would carry ipcRenderer along).
    const listener = () => handler()
    ipcRenderer.on(QUIT_BACKUP_EVENT, listener)
    return () => {
      ipcRenderer.removeListener(QUIT_BACKUP_EVENT, listener)
    }
  },
} satisfies DesktopApi

contextBridge.exposeInMainWorld('leadlog', api)
