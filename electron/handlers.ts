// Registers one handler per IPC channel. Each handler runs only after handle() checked
// the sender and parsed the arguments.
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { join } from 'node:path'
import { IPC, type BackupFolder, type CaptureSettingsPatch, type CaptureState } from '../shared/ipc'
import { checkWritableFolder, listBackups, readBackup, writeBackup } from './backups'
import { openFile, printPdf, saveFile } from './files'
import { openExternalSafely } from './guards'
import { handle } from './ipc'
import type { KeyStore } from './keyStore'
import type { QuitBackup } from './quitBackup'
import type { SettingsStore } from './settingsStore'

/** Quick capture as the handlers see it (main wires the service and the window). */
export interface CaptureControls {
  state(): Promise<CaptureState>
  update(patch: CaptureSettingsPatch): Promise<CaptureState>
  closeWindow(): void
  isCaptureWindow(contents: WebContents): boolean
}

export interface HandlerContext {
  settings: SettingsStore
  quitBackup: QuitBackup
  keyStore: KeyStore
  capture: CaptureControls
  devOrigin?: string
  now?: () => Date
}

function ownerOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender)
}

export async function backupFolderOf(settings: SettingsStore): Promise<string> {
  return (await settings.read()).backupFolder ?? join(app.getPath('userData'), 'backups')
}

export function registerHandlers(context: HandlerContext): void {
  const { settings, quitBackup, keyStore, capture, devOrigin } = context
  const now = context.now ?? (() => new Date())
  const options = { devOrigin }
  // Backups write and rotate one at a time, so two writes never race on the index.
  let backupQueue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = backupQueue.then(task)
    backupQueue = run.catch(() => undefined)
    return run
  }

  handle(
    IPC.appInfo,
    () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
    }),
    options,
  )
  handle(IPC.saveFile, (event, request) => saveFile(ownerOf(event), settings, request), options)
  handle(IPC.printPdf, (event, request) => printPdf(ownerOf(event), settings, request), options)
  handle(IPC.openFile, (event, request) => openFile(ownerOf(event), settings, request), options)
  // Main asks the user to confirm the host before anything opens (guards.ts).
  handle(IPC.openExternal, (event, url) => openExternalSafely(url, ownerOf(event)), options)

  handle(
    IPC.backupWrite,
    async (_event, request) => {
      if (request.reason === 'quit') quitBackup.started()
      try {
        const folder = await backupFolderOf(settings)
        return await serial(() => writeBackup(folder, request, now()))
      } finally {
        if (request.reason === 'quit') quitBackup.written()
      }
    },
    options,
  )
  // A locked journal cannot be read, so it writes no quit backup: the quit goes on at once.
  handle(IPC.backupQuitDeclined, () => quitBackup.written(), options)
  // Listing may fill in the index for files copied in by hand: queued with the writes.
  handle(
    IPC.backupList,
    async () => {
      const folder = await backupFolderOf(settings)
      return serial(() => listBackups(folder))
    },
    options,
  )
  handle(
    IPC.backupRead,
    async (_event, name) => readBackup(await backupFolderOf(settings), name),
    options,
  )
  handle(
    IPC.backupChooseFolder,
    async (event): Promise<BackupFolder | null> => {
      const owner = ownerOf(event)
      const dialogOptions = {
        title: 'Folder for automatic backups',
        defaultPath: await backupFolderOf(settings),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      }
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions)
      const folder = result.filePaths[0]
      if (result.canceled || !folder) return null
      await checkWritableFolder(folder)
      await settings.update({ backupFolder: folder })
      return serial(() => listBackups(folder))
    },
    options,
  )

  // The journal's key, kept by the OS keychain: only the app's own page may ask (handle()).
  handle(IPC.keyAvailability, () => keyStore.availability(), options)
  handle(IPC.keyRemember, (_event, keyBase64) => keyStore.remember(keyBase64), options)
  handle(IPC.keyRecall, () => keyStore.recall(), options)
  handle(IPC.keyForget, () => keyStore.forget(), options)

  // Quick capture: any page of the app may read or change the settings (Settings does);
  // only the quick-capture window may close itself.
  handle(IPC.captureGetSettings, () => capture.state(), options)
  handle(IPC.captureSetSettings, (_event, patch) => capture.update(patch), options)
  handle(IPC.captureClose, () => capture.closeWindow(), {
    ...options,
    onlyFrom: (event) => capture.isCaptureWindow(event.sender),
  })
}
