// Small text helpers for imported words: a Markdown line as plain words for a title, Day
// One's escaped punctuation put back, and a title taken from the first line.

/** Titles longer than this are cut at a word and the full text stays in the notes. */
export const TITLE_LENGTH = 120

/** A line's Markdown marks removed: links to their text, emphasis to its words, boxes gone. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')
    .replace(/^\[[ xX]\]\s+/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(^|\s)_(?=\S)(.+?)(?<=\S)_(?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

// Day One escapes punctuation that Markdown would not read as a mark ("Q3\.", "well\-known",
// "Done\!"). These are put back; escapes of marks that matter (\*, \_, \[, \`) stay, so a
// literal asterisk does not turn into emphasis. At a line's start "\-", "\+", "\#" and
// "1\." stay escaped: unescaped they would become a list item or a heading.
const HARMLESS = /\\([!"$%&'(),./:;=?@^{}~-])/g
const LINE_START = /^(\s*)(\\[-+#]|\d+\\\.)/

export function unescapeDayOne(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const start = LINE_START.exec(line)
      if (!start) return line.replace(HARMLESS, '$1')
      const head = start[0]
      return head + line.slice(head.length).replace(HARMLESS, '$1')
    })
    .join('\n')
}

/** Cuts at a word before `max` characters, with an ellipsis, when the text is longer. */
export function clip(text: string, max = TITLE_LENGTH): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/**
 * The first non-empty line as the title, and the rest as notes. A line short enough to
 * be a title leaves the notes; a longer one is clipped and stays in the notes in full.
 */
export function titleFromText(text: string): { title: string; notes: string } {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => plainLine(line) !== '')
  if (first < 0) return { title: '', notes: text.trim() }
  const words = plainLine(lines[first]!)
  if (words.length <= TITLE_LENGTH) {
    return {
      title: words,
      notes: lines
        .slice(first + 1)
        .join('\n')
        .trim(),
    }
  }
  return { title: clip(words), notes: text.trim() }
}

/** A tag as Leadlog keeps it: jrnl's "@" and a hashtag's "#" dropped, spaces trimmed. */
export function cleanTag(tag: string): string {
  return tag
    .replace(/^[@#]+/, '')
    .trim()
    .slice(0, 300)
}
