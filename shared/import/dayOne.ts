// Day One's JSON export (inside the zip it comes in: Journal.json, or one file per
// journal): { metadata, entries: [{ uuid, creationDate, timeZone, text, tags, starred }] }.
// The text is Markdown whose first line is usually the title, with punctuation escaped
// ("\." "\-" "\!"); the day is the writer's own, in their time zone, not UTC's.
import { dayInZone } from './dates'
import { cleanTag, unescapeDayOne } from './text'
import type { Draft, Parsed, Skipped } from './types'

const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** Photos and audio are links into the zip that Leadlog does not keep. */
const MEDIA = /!\[[^\]]*\]\(dayone-moment:[^)]*\)\s*/g

export function parseDayOne(file: string, entries: unknown[]): Parsed {
  const drafts: Draft[] = []
  const skipped: Skipped[] = []
  entries.forEach((raw, i) => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
    const uuid = str(e.uuid).trim()
    const where = uuid ? `entry ${i + 1} (${uuid})` : `entry ${i + 1}`
    const day = dayInZone(str(e.creationDate), str(e.timeZone) || undefined)
    if (!day) {
      skipped.push({ file, where, why: 'has no readable creationDate' })
      return
    }
    const tags = Array.isArray(e.tags)
      ? e.tags.filter((t) => typeof t === 'string').map(cleanTag)
      : []
    if (e.starred === true) tags.push('starred')
    drafts.push({
      file,
      where,
      occurredOn: day,
      text: unescapeDayOne(str(e.text).replace(MEDIA, '')),
      tags,
      ...(uuid ? { sourceId: uuid } : {}),
    })
  })
  return { drafts, skipped }
}
