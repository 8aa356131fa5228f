// Markdown notes as the words a person reads, for one-line snippets and bullets: the
// marks go, the text stays. Deliberately small (line by line, no parser): a snippet
// that keeps an odd stray mark is harmless; one that shows "| --- |" or "**" is not.

// A backslash-escaped mark ("\*", "\|") is hidden as a private-use character while the
// marks are removed, so it is never taken for one, and comes back as the plain mark.
const ESCAPED = /\\([!-/:-@[-`{-~])/g
const HIDDEN = /[\ue000-\ue07f]/g
const hide = (text: string) =>
  text.replace(ESCAPED, (_, mark: string) => String.fromCharCode(0xe000 + mark.charCodeAt(0)))
const unhide = (text: string, keepBackslash = false) =>
  text.replace(
    HIDDEN,
    (c) => `${keepBackslash ? '\\' : ''}${String.fromCharCode(c.charCodeAt(0) - 0xe000)}`,
  )

const FENCE = /^\s{0,3}(`{3,}|~{3,})/
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/
const SETEXT_UNDERLINE = /^\s{0,3}=+\s*$/
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S/
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

function isDelimiterRow(line: string | undefined): boolean {
  return line !== undefined && line.includes('|') && DELIMITER_ROW.test(line)
}

/** Links to their text, emphasis to its words, tags dropped. Not for code. */
function removeMarks(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
}

/** One line's inline Markdown; code spans keep their content exactly. */
function inline(text: string): string {
  const parts = text.split(/(`+)(.+?)\1/)
  return parts
    .map((part, i) => {
      if (i % 3 === 1) return ''
      if (i % 3 === 2) return unhide(part.trim(), true)
      return removeMarks(part)
    })
    .join('')
}

/** Headings, quotes, list markers and task boxes lose their marks; rules vanish. */
function blockLine(line: string): string | null {
  if (RULE.test(line) || SETEXT_UNDERLINE.test(line) || REFERENCE.test(line)) return null
  const text = line
    .replace(/^\s{0,3}(>\s?)+/, '')
    .replace(/^\s*#{1,6}(\s+|$)/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')
    .replace(/^\[[ xX]\]\s+/, '')
  return inline(text)
}

/** "| CRM | 420 | 310 |" → "CRM  420  310". */
function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => inline(cell.trim()))
    .join('  ')
    .trim()
}

/**
 * The text of a Markdown note without its marks, line by line: "**bold**" → "bold",
 * "[site](https://…)" → "site", "## Heading" → "Heading", "- [x] done" → "done", a
 * table's rows as cells separated by two spaces, its "| --- |" row dropped.
 */
export function markdownToPlainText(markdown: string): string {
  const lines = hide(markdown).split(/\r?\n/)
  const out: string[] = []
  let fence: string | null = null
  let inTable = false
  lines.forEach((line, i) => {
    const mark = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = null
      else out.push(unhide(line, true))
      return
    }
    if (mark) {
      fence = mark
      return
    }
    if (!inTable && line.includes('|') && isDelimiterRow(lines[i + 1])) inTable = true
    if (inTable && line.includes('|') && line.trim()) {
      if (!isDelimiterRow(line)) out.push(tableRow(line))
      return
    }
    inTable = false
    const text = blockLine(line)
    if (text !== null) out.push(text)
  })
  return unhide(out.join('\n'))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
