// Which imported entries the journal already has: the same source record (Day One's uuid,
// or the fingerprint of a record's date and words), or the same day and the same title.
// The preview marks them and leaves them out by default, so a second import adds nothing.
import type { Entry } from '../entry'

const sourceKey = (entry: Entry) =>
  entry.source?.sourceId ? `${entry.source.format}:${entry.source.sourceId}` : undefined

const dayTitleKey = (entry: Entry) =>
  `${entry.occurredOn}|${entry.title.toLowerCase().replace(/\s+/g, ' ').trim()}`

/**
 * Why each duplicate is one, by the imported entry's id. Entries in the trash count by
 * source (the user deleted it once; importing must not bring it back), not by title.
 */
export function findDuplicates(
  imported: readonly Entry[],
  existing: readonly Entry[],
): Map<string, string> {
  const sources = new Set<string>()
  const dayTitles = new Set<string>()
  for (const entry of existing) {
    const key = sourceKey(entry)
    if (key) sources.add(key)
    if (!entry.deletedAt) dayTitles.add(dayTitleKey(entry))
  }
  const reasons = new Map<string, string>()
  const seenSources = new Set<string>()
  const seenDayTitles = new Set<string>()
  for (const entry of imported) {
    const source = sourceKey(entry)
    const dayTitle = dayTitleKey(entry)
    if (source && sources.has(source)) reasons.set(entry.id, 'already imported from this source')
    else if (dayTitles.has(dayTitle))
      reasons.set(entry.id, 'already in your journal: same day, same title')
    else if ((source && seenSources.has(source)) || seenDayTitles.has(dayTitle)) {
      reasons.set(entry.id, 'appears twice in these files')
    }
    if (source) seenSources.add(source)
    seenDayTitles.add(dayTitle)
  }
  return reasons
}
