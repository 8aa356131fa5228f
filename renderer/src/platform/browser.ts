import { backupTooLargeMessage, decodeBackupBytes, MAX_BACKUP_BYTES } from '../../../shared/backup'
import { isSafeExternalUrl } from '../../../shared/ipc'
import type { FileFilter, Platform } from './platform'

const MIME: Record<string, string> = {
  md: 'text/markdown',
  txt: 'text/plain',
  json: 'application/json',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

function download(name: string, data: string | Uint8Array): void {
  const extension = name.split('.').pop() ?? ''
  const type = `${MIME[extension] ?? 'application/octet-stream'}${typeof data === 'string' ? ';charset=utf-8' : ''}`
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Prints HTML through a hidden same-origin frame, so the app itself stays on screen. */
function printHtml(html: string): void {
  const frame = document.createElement('iframe')
  frame.setAttribute('aria-hidden', 'true')
  frame.style.position = 'fixed'
  frame.style.width = '0'
  frame.style.height = '0'
  frame.style.border = '0'
  frame.srcdoc = html
  frame.addEventListener('load', () => {
    frame.contentWindow?.print()
    setTimeout(() => frame.remove(), 60_000)
  })
  document.body.append(frame)
}

function pickFile(filters: FileFilter[]): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      // The only file the app opens is a backup: one over the cap is refused before a
      // gigabyte video is read into memory, in the words parseBackup would use.
      if (file.size > MAX_BACKUP_BYTES) {
        return reject(new Error(`${file.name} ${backupTooLargeMessage(file.size)}.`))
      }
      // Bytes, not file.text(): that would replace invalid UTF-8 without a word.
      file.arrayBuffer().then((buffer) => {
        const decoded = decodeBackupBytes(new Uint8Array(buffer))
        if (decoded.ok) resolve({ name: file.name, text: decoded.text })
        else reject(new Error(`${file.name} ${decoded.message}.`))
      }, reject)
    })
    input.addEventListener('cancel', () => resolve(null))
    input.click()
  })
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Leadlog',
      version: import.meta.env.VITE_APP_VERSION ?? 'browser',
      platform: 'browser',
      userDataPath: '',
    }),
    saveFile: async (suggestedName, data) => {
      download(suggestedName, data)
      return { saved: true, path: suggestedName }
    },
    printPdf: async (suggestedName, html) => {
      printHtml(html)
      return { saved: true, path: suggestedName }
    },
    openFile: async (filters) => {
      const picked = await pickFile(filters)
      return picked ? { opened: true, ...picked } : { opened: false }
    },
    openExternal: async (url) => {
      if (!isSafeExternalUrl(url)) return false
      window.open(url, '_blank', 'noopener,noreferrer')
      return true
    },
    backups: null,
    keyStore: null,
    // A browser page has no app menu and hears no screen lock: nothing ever asks.
    onLockRequest: () => () => undefined,
    capture: null,
  }
}
