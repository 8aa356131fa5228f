// jrnl's JSON export (`jrnl --export json`): { tags, entries: [{ title, body, date, time,
// tags, starred }] }. jrnl writes its tags with an "@"; Leadlog keeps the word. A starred
// entry keeps the star as the tag "starred".
import { isRealIsoDate } from '../time'
import { cleanTag } from './text'
import type { Draft, Parsed, Skipped } from './types'

const str = (value: unknown) => (typeof value === 'string' ? value : '')

export function parseJrnl(file: string, entries: unknown[]): Parsed {
  const drafts: Draft[] = []
  const skipped: Skipped[] = []
  entries.forEach((raw, i) => {
    const where = `entry ${i + 1}`
    if (typeof raw !== 'object' || raw === null) {
      skipped.push({ file, where, why: 'is not an entry (an object with a date and a title)' })
      return
    }
    const e = raw as Record<string, unknown>
    const date = str(e.date)
    if (!isRealIsoDate(date)) {
      skipped.push({
        file,
        where,
        why: `has no readable date ("${date.slice(0, 40)}"; jrnl writes YYYY-MM-DD)`,
      })
      return
    }
    const tags = Array.isArray(e.tags)
      ? e.tags.filter((t) => typeof t === 'string').map(cleanTag)
      : []
    if (e.starred === true) tags.push('starred')
    const title = str(e.title).trim()
    drafts.push({
      file,
      where: e.time ? `${where} (${date} ${str(e.time)})` : where,
      occurredOn: date,
      ...(title ? { title } : {}),
      text: str(e.body),
      tags,
    })
  })
  return { drafts, skipped }
}
