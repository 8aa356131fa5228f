// The automatic backups folder: atomic writes, rotation, listing and reading by name.
// Entry counts live in a small index next to the backups, so listing never has to
// parse files that may be 150 MB each (100,000 entries; the cap is MAX_BACKUP_BYTES).
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { backupTooLargeMessage, MAX_BACKUP_BYTES } from '../shared/backup'
import type { BackupFileInfo, BackupFolder } from '../shared/ipc'
import { writeFileAtomic } from './atomicWrite'
import { backupDate, backupFileName, isBackupFileName, planRotation } from './rotation'

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

/** For a backup missing from the index (copied in by hand): count its entries once. */
async function countEntries(path: string): Promise<number> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path, 'utf8'))
    const entries = (parsed as { entries?: unknown }).entries
    return Array.isArray(entries) ? entries.length : 0
  } catch {
    return 0
  }
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
    let entryCount = index[name]?.entryCount ?? -1
    if (entryCount < 0) {
      entryCount = await countEntries(path)
      index[name] = { entryCount }
      indexChanged = true
    }
    backups.push({ name, createdAt: date.toISOString(), entryCount, bytes: stat.size })
  }
  if (indexChanged) await writeIndex(folder, index).catch(() => undefined)
  backups.sort((a, b) => (a.name < b.name ? 1 : -1))
  return { folder, backups }
}

/** A temp file of writeFileAtomic for a backup or the index, e.g. left by a power cut. */
const TEMP_FILE = /^\.leadlog-backup.*\.tmp$/
const STALE_TEMP_MS = 60 * 60 * 1000

/** Removes temp files older than an hour (never one a running write may still use). */
async function removeStaleTempFiles(folder: string, now: Date): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[])
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const path = join(folder, name)
    const stat = await fs.stat(path).catch(() => null)
    if (stat?.isFile() && now.getTime() - stat.mtimeMs > STALE_TEMP_MS) {
      await fs.rm(path, { force: true }).catch(() => undefined)
    }
  }
}

/** Deletes the backups the rotation does not keep; returns the names removed. */
export async function rotateBackups(folder: string, now: Date): Promise<string[]> {
  const { remove } = planRotation(await backupNames(folder), now)
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

/**
 * Writes one backup atomically, records its entry count, then rotates. Rotation runs
 * only after the new file is safely on disk, so a failed write never costs an old one.
 */
export async function writeBackup(
  folder: string,
  request: { json: string; entryCount: number },
  now: Date,
): Promise<BackupFileInfo> {
  await fs.mkdir(folder, { recursive: true })
  const name = backupFileName(now)
  const path = join(folder, name)
  await writeFileAtomic(path, request.json, { mode: 0o600 })
  const index = await readIndex(folder)
  index[name] = { entryCount: request.entryCount }
  await writeIndex(folder, index).catch(() => undefined)
  await rotateBackups(folder, now)
  await removeStaleTempFiles(folder, now)
  const stat = await fs.stat(path)
  return {
    name,
    createdAt: (backupDate(name) ?? now).toISOString(),
    entryCount: request.entryCount,
    bytes: stat.size,
  }
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
  return fs.readFile(path, 'utf8')
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
