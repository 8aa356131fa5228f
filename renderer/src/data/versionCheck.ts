// Refuses to open a journal that a newer Leadlog has upgraded, BEFORE Dexie touches it:
// Dexie 4 would otherwise open it anyway and may even add its own indexes (bumping the
// version), and this older app would then write rows of an older shape into it.
import Dexie from 'dexie'

/** Dexie stores schema version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10

function newerVersionError(stored: number, known: number): Error {
  return new Dexie.VersionError(
    `The journal has schema version ${stored}; this Leadlog reads up to version ${known}.`,
  )
}

/**
 * The schema version of the stored journal, read without opening (or creating) anything:
 * 0 when there is none yet, or when the browser cannot list its databases.
 */
export async function storedSchemaVersion(name: string): Promise<number> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return 0
  const info = (await indexedDB.databases()).find((d) => d.name === name)
  return (info?.version ?? 0) / DEXIE_VERSION_FACTOR
}

/** Rejects with a VersionError when the stored database is newer than `known`. */
export async function assertNotNewer(name: string, known: number): Promise<void> {
  const stored = await storedSchemaVersion(name)
  if (stored > known) throw newerVersionError(stored, known)
}

/** Makes every open of `db` (explicit or automatic) check the stored version first. */
export function refuseNewerVersions(db: Dexie, known: number): void {
  const dexieOpen = db.open.bind(db)
  db.open = () =>
    Dexie.Promise.resolve(assertNotNewer(db.name, known)).then(
      () => dexieOpen(),
      (error: unknown) => {
        // Stay closed: later queries fail at once instead of reopening the journal.
        db.close({ disableAutoOpen: true })
        throw error
      },
    )
  // Second line of defence where databases() is missing: refuse right after opening.
  db.on('ready', (opened) => {
    const stored = (opened as Dexie).backendDB().version / DEXIE_VERSION_FACTOR
    if (stored > known) throw newerVersionError(stored, known)
  })
}
