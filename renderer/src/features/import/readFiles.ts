// The files the user chose, read as text for the import: a Day One zip opened with fflate
// and passed on as the JSON files inside it (its photos and audio are left in the zip).
// Files over the backup size cap are refused by name before they are read; zips that are
// broken or would unpack to more than the cap, before anything is inflated. The opening
// runs in the import worker, so a large zip does not freeze the page.
import { unzipSync } from 'fflate'
import { MAX_BACKUP_BYTES } from '../../../../shared/backup'
import type { ImportFile, Skipped } from '../../../../shared/import'

export interface ReadFiles {
  files: ImportFile[]
  skipped: Skipped[]
}

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024).toLocaleString('en')
const tooLarge = (bytes: number) =>
  `is ${megabytes(bytes)} MB, larger than the ${megabytes(MAX_BACKUP_BYTES)} MB an import can be`

function openZip(name: string, bytes: Uint8Array): ReadFiles {
  const files: ImportFile[] = []
  let unpacked = 0
  let tooBig = false
  let inside: Record<string, Uint8Array>
  try {
    inside = unzipSync(bytes, {
      // Only the journals: never inflate the photos, and stop before a zip bomb fills memory.
      filter: (entry) => {
        if (!/\.json$/i.test(entry.name) || /(^|\/)__MACOSX\//.test(entry.name)) return false
        unpacked += entry.originalSize
        if (unpacked > MAX_BACKUP_BYTES) tooBig = true
        return !tooBig
      },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      files,
      skipped: [
        { file: name, where: 'whole file', why: `is not a zip Leadlog can open (${reason})` },
      ],
    }
  }
  if (tooBig) {
    return {
      files,
      skipped: [
        {
          file: name,
          where: 'whole file',
          why: `unpacks to more than ${megabytes(MAX_BACKUP_BYTES)} MB of journals`,
        },
      ],
    }
  }
  const decoder = new TextDecoder()
  for (const [path, data] of Object.entries(inside)) {
    files.push({ name: `${name} › ${path}`, text: decoder.decode(data) })
  }
  if (files.length === 0) {
    return {
      files,
      skipped: [
        {
          file: name,
          where: 'whole file',
          why: 'holds no journal (.json) file: it is not a Day One export',
        },
      ],
    }
  }
  return { files, skipped: [] }
}

/** A chosen file's bytes, as the worker receives them. */
export interface FileBytes {
  name: string
  bytes: Uint8Array
}

/** The chosen files as text; zips opened. Runs in the import worker. */
export function openFiles(picked: readonly FileBytes[]): ReadFiles {
  const out: ReadFiles = { files: [], skipped: [] }
  const decoder = new TextDecoder()
  for (const { name, bytes } of picked) {
    if (/\.zip$/i.test(name) || isZipBytes(bytes)) {
      const opened = openZip(name, bytes)
      out.files.push(...opened.files)
      out.skipped.push(...opened.skipped)
    } else {
      out.files.push({ name, text: decoder.decode(bytes) })
    }
  }
  return out
}

/** A zip starts "PK\x03\x04" whatever it is named. */
function isZipBytes(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * Reads the chosen files' bytes on the page, refusing by name those over the size cap
 * before they are read into memory.
 */
export async function readChosenFiles(
  chosen: readonly Pick<File, 'name' | 'size' | 'arrayBuffer'>[],
): Promise<{ files: FileBytes[]; skipped: Skipped[] }> {
  const files: FileBytes[] = []
  const skipped: Skipped[] = []
  for (const file of chosen) {
    if (file.size > MAX_BACKUP_BYTES) {
      skipped.push({ file: file.name, where: 'whole file', why: tooLarge(file.size) })
    } else {
      files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    }
  }
  return { files, skipped }
}
