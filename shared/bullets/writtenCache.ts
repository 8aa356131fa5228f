// Written bullets kept across calls, per entry object. Writing is most of a ranking's
// cost, and after an edit the app reads a new array that holds the same objects for
// every unchanged entry, so only the changed ones need writing again.
//
// A written bullet is a function of the entry, its competencies in weight order, the
// share-safe mode and the journal's people only: the Cast and name finder are built from
// those people up front, and their other maps only memoise pure functions, so no bullet
// leaves anything behind that changes the next one (tests/unit/shared/bullets/
// bulletsCache.test.ts checks warm against cold). The people enter the key as a version
// number per distinct set (peopleVersion), plus which of the entry's own person objects
// are the ones the Cast looks names up to (ownersKey): whether a name's owner is one of
// the entry's people is decided by identity (mentions.ts Voice.say and described).
// Entries are never changed in place: an edit is a new object, as everywhere in the app.
import { onForgetJournal, partyOf, type Entry, type Person } from '../entry'

/** Keys kept per entry: share-safe on and off for two roles, say; older ones give way. */
const KEYS_PER_ENTRY = 4

/**
 * The key of a written bullet, in three parts compared one by one rather than joined
 * into a string for each of thousands of entries per ranking: `shared`, the same for a
 * whole ranking (people version, word table, share-safe); the entry's competencies in
 * weight order, joined; its ownersKey.
 */
interface Slot<T> {
  shared: string
  competencies: string
  owners: string
  value: T
}

/** What the bullet ranking keeps per entry: see writeBullet in bullets.ts. */
export class WrittenCache<T> {
  // A short list per entry rather than a Map: most entries only ever have one key.
  private readonly byEntry = new WeakMap<Entry, Slot<T>[]>()

  get(entry: Entry, shared: string, competencies: string, owners: string, write: () => T): T {
    const kept = this.byEntry.get(entry)
    if (kept)
      for (const slot of kept)
        if (slot.competencies === competencies && slot.owners === owners && slot.shared === shared)
          return slot.value
    const value = write()
    const slot = { shared, competencies, owners, value }
    if (!kept) this.byEntry.set(entry, [slot])
    else {
      if (kept.length >= KEYS_PER_ENTRY) kept.shift()
      kept.push(slot)
    }
    return value
  }
}

/**
 * A number per distinct set of journal people, as the Cast reads them: every field of
 * each unique person and of each distinct worded mention, in journal order. Equal
 * numbers mean the same people; numbers are never reused, so forgetting old ones (to
 * bound the table) only costs a rewrite.
 */
export function peopleVersion(unique: readonly Person[], worded: readonly Person[]): number {
  const wording = new Set(worded.map(fieldsOf))
  const signature = `${unique.map(fieldsOf).join()}|${[...wording].join()}`
  let version = versions.get(signature)
  if (version === undefined) {
    if (versions.size >= MAX_VERSIONS) versions.clear()
    version = nextVersion++
    versions.set(signature, version)
  }
  return version
}

const MAX_VERSIONS = 16
const versions = new Map<string, number>()
let nextVersion = 0
// The signatures spell out the journal's names and descriptions: dropped when it locks.
// Numbers are never reused, so bullets written under an older one are written again.
onForgetJournal(() => versions.clear())

/** Every field of a person, unambiguously. */
function fieldsOf({ name, role, level, describeAs }: Person): string {
  return JSON.stringify([name, role, level, describeAs])
}

/**
 * Which of the entry's people (peopleOf order) are the journal's unique person objects,
 * and which ones: "" for most entries, which hold none of them.
 */
export function ownersKey(entry: Entry, holders: ReadonlyMap<Person, number>): string {
  // peopleOf's order, walked without building its array or a closure: asked of every
  // entry per ranking, and most hold none of the unique objects.
  const party = partyOf(entry)
  const people = entry.people
  let key = ''
  let at = party ? holders.get(party) : undefined
  if (at !== undefined) key += `0:${at},`
  const first = party ? 1 : 0
  for (let i = 0; i < people.length; i++) {
    at = holders.get(people[i]!)
    if (at !== undefined) key += `${i + first}:${at},`
  }
  return key
}
