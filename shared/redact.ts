// Share-safe mode: every person's name becomes their role and level, in every field.
import { anonymousLabel, peopleOf, type Entry, type Person } from './entry'

export interface Redactor {
  /** Replaces every known name (full name, and first or last name alone) in free text. */
  text(value: string): string
  person(person: Person): string
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Builds one redactor from the names in all the given entries, so a colleague named
 * in one entry is also hidden where another entry's notes mention them. When two
 * people share a name (or a first or last name), the first entry in the given order
 * decides the label; with `firstBy: 'id'`, the entry with the smallest id does, so the
 * order entries arrive in never changes a label (and nothing has to be sorted).
 */
export function createRedactor(
  entries: readonly Entry[],
  options: { firstBy?: 'order' | 'id' } = {},
): Redactor {
  const labels = new Map<string, string>()
  // The id of the entry each label came from, when the smallest id wins.
  const from = options.firstBy === 'id' ? new Map<string, string>() : undefined
  const claim = (key: string, label: string, id: string) => {
    const held = labels.has(key)
    if (held && (from === undefined || from.get(key)! <= id)) return
    labels.set(key, label)
    from?.set(key, id)
  }
  for (const entry of entries) {
    for (const person of peopleOf(entry)) {
      const name = person.name.trim()
      if (!name) continue
      const label = anonymousLabel(person)
      claim(name.toLowerCase(), label, entry.id)
      // A first or last name alone ("Maria" for "Maria Lopez") is still a name.
      for (const part of name.split(/\s+/))
        if (part.length >= 2) claim(part.toLowerCase(), label, entry.id)
    }
  }
  // Longest first, so "Maria Lopez" is replaced whole rather than in two pieces.
  const names = [...labels.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b))
  const pattern = names.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : null
  return {
    text(value) {
      if (!pattern || !value) return value
      return value.replace(pattern, (match) => labels.get(match.toLowerCase()) ?? match)
    },
    person: anonymousLabel,
  }
}

/** A redactor that changes nothing, for when the user turns share-safe mode off. */
export const keepNames: Redactor = {
  text: (value) => value,
  person: (person) => person.name.trim() || anonymousLabel(person),
}
