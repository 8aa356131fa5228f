// One pass over a backup's text BEFORE JSON.parse, for what JSON.parse cannot tell or
// would pay for in memory: a field given twice (JSON.parse keeps the last, silently),
// nesting deeper than any backup, lists longer than the file could hold as valid rows
// (ten million `0,` are 20 MB of text and a gigabyte once parsed), and where the
// top-level checksum is. It stops at the first such problem. Syntax mistakes are left
// to findJsonSyntaxError, which says where and why; here they only end the scan.
import { formatPath, type Problem } from '../entry'

/** A backup nests five levels; a file nested deeper than this is not one of ours. */
export const MAX_NESTING = 64
/** Settings hold a few dozen fields and an entry fewer; more is not a backup. */
export const MAX_OBJECT_FIELDS = 1000
/** The longest list inside a row (an entry's people: 200). */
export const MAX_INNER_LIST = 1000
/**
 * The fewest bytes a valid row (entry, bullet edit or narrative) takes in a backup,
 * written as compactly as JSON allows, with its comma. A top-level list with more items
 * than its text could hold as valid rows is refused before it is parsed; the test pins
 * this number below the smallest valid row of each kind.
 */
export const MIN_ROW_BYTES = 60
/** The top-level lists of rows. */
const ROW_LISTS = new Set(['entries', 'bulletEdits', 'narratives'])

export type StructureScan =
  | {
      ok: true
      /** Offsets of the top-level checksum's text (between its quotes), or null. */
      checksum: { start: number; end: number } | null
    }
  | { ok: false; problem: Problem }
  /** Not valid JSON: findJsonSyntaxError explains where. */
  | { ok: 'syntax' }

class Syntax {}
class Refused {
  constructor(readonly problem: Problem) {}
}

interface Frame {
  kind: 'object' | 'array'
  /** The key or index this container has inside its parent. */
  at: string | number | null
  /** An object's keys seen so far. */
  keys: Set<string> | null
  /** Values in the array, or members in the object, so far. */
  count: number
  /** Most items this array may hold. */
  limit: number
  /** Why `limit`, for the refusal. */
  limitReason: string
}

// The body of a string up to a quote, a backslash or a control character (not allowed raw).
// eslint-disable-next-line no-control-regex -- control characters are what it must stop at
const STRING_BODY = /[^"\\\u0000-\u001f]*/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y

export function scanStructure(text: string): StructureScan {
  const stack: Frame[] = []
  let i = 0
  let checksum: { start: number; end: number } | null = null
  const n = text.length
  const where = (extra?: string | number) => {
    const segments: (string | number)[] = []
    for (const frame of stack.slice(1)) if (frame.at !== null) segments.push(frame.at)
    if (extra !== undefined) segments.push(extra)
    return segments.length ? formatPath(segments) : '(file)'
  }

  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 10 || c === 13 || c === 9) i++
      else return
    }
  }
  /** A string starting at the quote; returns the offsets of its body and whether it had escapes. */
  const string = (): { start: number; end: number; escaped: boolean } => {
    const start = ++i
    let escaped = false
    for (;;) {
      STRING_BODY.lastIndex = i
      STRING_BODY.exec(text)
      i = STRING_BODY.lastIndex
      const c = text.charCodeAt(i)
      if (c === 34) return { start, end: i++, escaped }
      if (c !== 92) throw new Syntax() // a control character, or the end of the text
      escaped = true
      const next = text.charCodeAt(i + 1)
      if (next === 117) {
        HEX4.lastIndex = i + 2
        if (!HEX4.test(text)) throw new Syntax()
        i += 6
      } else if ('"\\/bfnrt'.includes(text.charAt(i + 1)) && i + 1 < n) i += 2
      else throw new Syntax()
    }
  }
  const open = (kind: Frame['kind'], at: Frame['at']) => {
    if (stack.length >= MAX_NESTING) {
      throw new Refused({
        path: where(at ?? undefined),
        message: `is nested more than ${MAX_NESTING} levels deep; a Leadlog backup nests a few`,
      })
    }
    const rows = stack.length === 1 && typeof at === 'string' && ROW_LISTS.has(at)
    // A short list is cheap whatever it holds: only long ones are measured against the size.
    const fit = Math.max(Math.floor(n / MIN_ROW_BYTES), MAX_INNER_LIST)
    stack.push({
      kind,
      at,
      keys: kind === 'object' ? new Set() : null,
      count: 0,
      limit: kind === 'object' ? MAX_OBJECT_FIELDS : rows ? fit : MAX_INNER_LIST,
      limitReason:
        kind === 'object'
          ? `has more than ${MAX_OBJECT_FIELDS.toLocaleString('en')} fields; no part of a Leadlog backup has so many`
          : rows
            ? `holds more items than a file of this size can hold as valid rows (each takes at least ${MIN_ROW_BYTES} bytes, so at most ${fit.toLocaleString('en')} here); it is not a Leadlog backup`
            : `holds more than ${MAX_INNER_LIST.toLocaleString('en')} items; no list inside a Leadlog backup is that long`,
    })
    i++
  }
  const counted = (frame: Frame) => {
    if (++frame.count > frame.limit)
      throw new Refused({ path: where(), message: frame.limitReason })
  }

  /** One value at `i`, with the key or index it has in its container. */
  const value = (at: string | number | null) => {
    space()
    const c = text.charCodeAt(i)
    if (c === 123) return open('object', at)
    if (c === 91) return open('array', at)
    if (c === 34) {
      const body = string()
      if (stack.length === 1 && at === 'checksum') checksum = { start: body.start, end: body.end }
      return
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i
      if (!NUMBER.test(text)) throw new Syntax()
      i = NUMBER.lastIndex
      return
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length)
    }
    throw new Syntax()
  }

  /** An object member's key, its colon and its value (which may open a container). */
  const member = (frame: Frame) => {
    space()
    if (text.charCodeAt(i) !== 34) throw new Syntax()
    const body = string()
    const raw = text.slice(body.start, body.end)
    const key = body.escaped ? (JSON.parse(`"${raw}"`) as string) : raw
    if (frame.keys!.has(key)) {
      throw new Refused({
        path: where(key),
        message:
          'appears twice in the same object; a backup must say each thing once, so it is not clear which one to restore',
      })
    }
    frame.keys!.add(key)
    counted(frame)
    space()
    if (text.charCodeAt(i) !== 58) throw new Syntax()
    i++
    value(key)
  }

  try {
    value(null)
    // Walk the containers without recursion: after each value, a comma or a close.
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!
      space()
      const c = text.charCodeAt(i)
      const close = frame.kind === 'object' ? 125 : 93
      if (c === close) {
        i++
        stack.pop()
        continue
      }
      if (frame.count > 0) {
        if (c !== 44) throw new Syntax()
        i++
      }
      if (frame.kind === 'object') member(frame)
      else {
        counted(frame)
        value(frame.count - 1)
      }
    }
    space()
    if (i < n) throw new Syntax()
    return { ok: true, checksum }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem }
    if (error instanceof Syntax) return { ok: 'syntax' }
    throw error
  }
}
