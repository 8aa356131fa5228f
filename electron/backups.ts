// The automatic backups folder: atomic writes, rotation, listing and reading by name.
// Entry counts live in a small index next to the backups, so listing never has to
// parse files that may be 150 MB each (100,000 entries; the cap is MAX_BACKUP_BYTES);
// a file the index does not know is counted once, in a worker thread (countEntries.ts).
// The counts also drive rotation (rotation.ts), which never removes the last good backup.
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { backupTooLargeMessage, decodeBackupBytes, MAX_BACKUP_BYTES } from '../shared/backup'
import type { BackupFileInfo, BackupFolder, BackupReason } from '../shared/ipc'
import { removeStaleTempFiles, writeFileAtomic } from './atomicWrite'
import { countEntriesOffThread } from './countEntries'
import {
  backupDate,
  backupFileName,
  backupKind,
  isBackupFileName,
  isFarFewer,
  planRotation,
  type BackupKind,
} from './rotation'

export const INDEX_FILE_NAME = 'leadlog-backups-index.json'
const indexSchema = z.record(
  z.string(),
  z.object({ entryCount: z.number().int().min(0) }).catch({ entryCount: -1 }),
)
type BackupIndex = z.infer<typeof indexSchema>

async function readIndex(folder: string): Promise<BackupIndex> {
  try {
    const parsed = indexSchema.safeParse(
      JSON.parse(await fs.readFile(join(folder, INDEX_FILE_NAME), 'utf8')),
    )
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

async function writeIndex(folder: string, index: BackupIndex): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)))
  await writeFileAtomic(join(folder, INDEX_FILE_NAME), `${JSON.stringify(sorted, null, 2)}\n`, {
    mode: 0o600,
  })
}

async function backupNames(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return names.filter(isBackupFileName)
}

export async function listBackups(folder: string): Promise<BackupFolder> {
  const names = await backupNames(folder)
  const index = await readIndex(folder)
  let indexChanged = false
  const backups: BackupFileInfo[] = []
  for (const name of names) {
    const path = join(folder, name)
    const stat = await fs.stat(path).catch(() => null)
    const date = backupDate(name)
    if (!stat?.isFile() || !date) continue
    // Counted once: an encrypted file copied in by hand stays "not known" (-1).
    let entryCount = index[name]?.entryCount
    if (entryCount === undefined) {
      entryCount = await countEntriesOffThread(path)
      index[name] = { entryCount }
      indexChanged = true
    }
    backups.push({
      name,
      createdAt: date.toISOString(),
      entryCount,
      bytes: stat.size,
      kind: backupKind(name),
    })
  }
  if (indexChanged) await writeIndex(folder, index).catch(() => undefined)
  backups.sort((a, b) => (a.name < b.name ? 1 : -1))
  return { folder, backups }
}

/** Deletes the backups the rotation does not keep; returns the names removed. */
export async function rotateBackups(folder: string, now: Date): Promise<string[]> {
  const known = await readIndex(folder)
  const records = (await backupNames(folder)).map((name) => ({
    name,
    entryCount: known[name]?.entryCount ?? -1,
  }))
  const { remove } = planRotation(records, now)
  const removed: string[] = []
  for (const name of remove) {
    await fs
      .rm(join(folder, name), { force: true })
      .then(() => removed.push(name))
      .catch(() => undefined)
  }
  if (removed.length > 0) {
    const index = await readIndex(folder)
    for (const name of removed) delete index[name]
    await writeIndex(folder, index).catch(() => undefined)
  }
  return removed
}

const SNAPSHOTS: Partial<Record<BackupReason, BackupKind>> = {
  'before-restore': 'before-restore',
  'before-migration': 'before-migration',
}

/** The newest backup before `name` whose count is known, to compare the new one with. */
function previousBackup(index: BackupIndex, names: string[], name: string) {
  const earlier = names
    .filter((n) => n !== name && (index[n]?.entryCount ?? -1) >= 0)
    .map((n) => ({ name: n, date: backupDate(n)! }))
    .filter((b) => b.date.getTime() <= backupDate(name)!.getTime())
    .sort((a, b) => b.date.getTime() - a.date.getTime())[0]
  return earlier ? { name: earlier.name, entryCount: index[earlier.name]!.entryCount } : null
}

/**
 * Writes one backup atomically, records its entry count, then rotates. Rotation runs
 * only after the new file is safely on disk, so a failed write never costs an old one.
 * When it holds far fewer entries than the backup before it, the answer says so
 * (`fewerThan`) and rotation keeps that earlier one too.
 */
export async function writeBackup(
  folder: string,
  request: { json: string; entryCount: number; reason?: BackupReason },
  now: Date,
): Promise<BackupFileInfo> {
  await fs.mkdir(folder, { recursive: true })
  const kind = (request.reason && SNAPSHOTS[request.reason]) ?? 'backup'
  const name = backupFileName(now, kind)
  const path = join(folder, name)
  await writeFileAtomic(path, request.json, { mode: 0o600 })
  const index = await readIndex(folder)
  const previous = previousBackup(index, await backupNames(folder), name)
  index[name] = { entryCount: request.entryCount }
  await writeIndex(folder, index).catch(() => undefined)
  await rotateBackups(folder, now)
  await removeStaleTempFiles(folder, now)
  const stat = await fs.stat(path)
  const info: BackupFileInfo = {
    name,
    createdAt: (backupDate(name) ?? now).toISOString(),
    entryCount: request.entryCount,
    bytes: stat.size,
    kind,
  }
  if (previous && isFarFewer(previous.entryCount, request.entryCount)) {
    info.fewerThan = {
      name: previous.name,
      createdAt: backupDate(previous.name)!.toISOString(),
      entryCount: previous.entryCount,
    }
  }
  return info
}

/** Reads a backup by its file name: only backup names, only from this folder. */
export async function readBackup(folder: string, name: string): Promise<string> {
  if (!isBackupFileName(name)) {
    throw new Error(`${name} is not a Leadlog backup file name.`)
  }
  const path = join(folder, name)
  const stat = await fs.stat(path).catch(() => null)
  if (!stat?.isFile()) throw new Error(`There is no backup called ${name} in ${folder}.`)
  // The same cap as parseBackup's, checked before a file too big to restore is read.
  if (stat.size > MAX_BACKUP_BYTES) {
    throw new Error(`${name} ${backupTooLargeMessage(stat.size)}.`)
  }
  const decoded = decodeBackupBytes(await fs.readFile(path))
  if (!decoded.ok) throw new Error(`${name} ${decoded.message}.`)
  return decoded.text
}

/** Makes sure a folder chosen for backups exists and can be written to. */
export async function checkWritableFolder(folder: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true })
  const probe = join(folder, `.leadlog-write-test-${process.pid}`)
  try {
    await fs.writeFile(probe, '')
  } catch {
    throw new Error(`Leadlog cannot write to ${folder}. Choose another folder.`)
  } finally {
    await fs.rm(probe, { force: true }).catch(() => undefined)
  }
}
