// The only bridge between the page and the main process: exactly one method per IPC
// channel on `window.leadlog`. ipcRenderer itself is never exposed, so the page cannot
// send arbitrary messages. Runs sandboxed and is bundled as one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopApi } from '../shared/ipc'
// Past the ipc door on purpose: channels.ts is the zod-free channel table, while the door
// also carries the zod schemas, which the sandboxed preload must not bundle. The bundle
// stays the table and these few lines, easy to audit.
import { IPC, LOCK_REQUEST_EVENT, QUIT_BACKUP_EVENT } from '../shared/ipc/channels'

/** Subscribes the page's handler to a main → renderer event; returns an unsubscribe. */
function subscribe(event: string, handler: () => void): () => void {
  // The page's handler never sees the IPC event (it would carry ipcRenderer along).
  const listener = () => handler()
  ipcRenderer.on(event, listener)
  return () => {
    ipcRenderer.removeListener(event, listener)
  }
}

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
  backupQuitDeclined: () => ipcRenderer.invoke(IPC.backupQuitDeclined),
  keyAvailability: () => ipcRenderer.invoke(IPC.keyAvailability),
  keyRemember: (keyBase64) => ipcRenderer.invoke(IPC.keyRemember, keyBase64),
  keyRecall: () => ipcRenderer.invoke(IPC.keyRecall),
  keyForget: () => ipcRenderer.invoke(IPC.keyForget),
  captureGetSettings: () => ipcRenderer.invoke(IPC.captureGetSettings),
  captureSetSettings: (patch) => ipcRenderer.invoke(IPC.captureSetSettings, patch),
  captureClose: () => ipcRenderer.invoke(IPC.captureClose),
  onQuitBackupRequest: (handler) => subscribe(QUIT_BACKUP_EVENT, handler),
  onLockRequest: (handler) => subscribe(LOCK_REQUEST_EVENT, handler),
} satisfies DesktopApi

contextBridge.exposeInMainWorld('leadlog', api)
