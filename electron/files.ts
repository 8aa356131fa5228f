// Files the user chooses: save dialogs (text, bytes or a PDF printed from HTML) and
// opening a file as text. Writes are atomic; the last folder used is remembered.
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron'
import { promises as fs } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { backupTooLargeMessage, decodeBackupBytes, MAX_BACKUP_BYTES } from '../shared/backup'
import type { OpenResult, SaveResult } from '../shared/ipc'
import { writeFileAtomic } from './atomicWrite'
import { htmlToPdf } from './print'
import type { SettingsStore } from './settingsStore'

async function startFolder(settings: SettingsStore): Promise<string> {
  return (await settings.read()).lastFolder ?? app.getPath('documents')
}

/** Asks where to save; remembers the folder. Returns null when the user cancels. */
export async function askSavePath(
  owner: BrowserWindow | null,
  settings: SettingsStore,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = { defaultPath: join(await startFolder(settings), suggestedName), filters }
  const result = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  await settings.update({ lastFolder: dirname(result.filePath) }).catch(() => undefined)
  return result.filePath
}

export async function saveFile(
  owner: BrowserWindow | null,
  settings: SettingsStore,
  request: { suggestedName: string; filters: FileFilter[]; data: string | Uint8Array },
): Promise<SaveResult> {
  const path = await askSavePath(owner, settings, request.suggestedName, request.filters)
  if (!path) return { saved: false }
  await writeFileAtomic(path, request.data)
  return { saved: true, path }
}

export async function printPdf(
  owner: BrowserWindow | null,
  settings: SettingsStore,
  request: { suggestedName: string; html: string },
): Promise<SaveResult> {
  const filters = [{ name: 'PDF document', extensions: ['pdf'] }]
  const path = await askSavePath(owner, settings, request.suggestedName, filters)
  if (!path) return { saved: false }
  const pdf = await htmlToPdf(request.html)
  await writeFileAtomic(path, pdf)
  return { saved: true, path }
}

/**
 * Reads a file as UTF-8 text. The only file the app opens is a backup to restore, so
 * anything over the backup cap is refused before it is read, in parseBackup's words, and
 * invalid UTF-8 is refused rather than silently replaced (decodeBackupBytes).
 */
export async function readTextFile(path: string): Promise<OpenResult> {
  const stat = await fs.stat(path)
  const name = basename(path)
  if (!stat.isFile()) throw new Error(`${name} is not a file.`)
  if (stat.size > MAX_BACKUP_BYTES) {
    throw new Error(`${name} ${backupTooLargeMessage(stat.size)}.`)
  }
  const decoded = decodeBackupBytes(await fs.readFile(path))
  if (!decoded.ok) throw new Error(`${name} ${decoded.message}.`)
  return { opened: true, name, text: decoded.text }
}

export async function openFile(
  owner: BrowserWindow | null,
  settings: SettingsStore,
  request: { filters: FileFilter[] },
): Promise<OpenResult> {
  const options = {
    defaultPath: await startFolder(settings),
    filters: request.filters,
    properties: ['openFile' as const],
  }
  const result = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options)
  const path = result.filePaths[0]
  if (result.canceled || !path) return { opened: false }
  await settings.update({ lastFolder: dirname(path) }).catch(() => undefined)
  return readTextFile(path)
}
