// A document as Markdown: for pasting into a company review tool or another document.
import type { Block, DocumentModel, Inline } from './blocks'
import { keptForFrozen, linked } from './keptText'

/**
 * Escapes what Markdown would otherwise interpret (emphasis, strikethrough, links, raw
 * HTML, character references such as &copy;, table pipes, a heading or list marker at
 * the start of a line) and folds line breaks, so text from entries prints as written and
 * never injects markup.
 */
export function escapeMarkdownInline(text: string, lineStart = true): string {
  // Most text has nothing to escape; one test spares the rewrites.
  const escaped = NEEDS_ESCAPE.test(text)
    ? text
        .replace(/\s*\r?\n\s*/g, ' ')
        .replace(/[\\`*_[\]<>|~]/g, '\\$&')
        // "R&D" stays as it is; only an ampersand that would start a reference is escaped.
        .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    : text
  // Inside a heading nothing at the start can become a list or another heading.
  if (!lineStart) return escaped
  // Looked at by its first character: most text starts with neither a marker nor a digit.
  const first = escaped.charCodeAt(0)
  if (first === HASH || first === PLUS || first === MINUS) return `\\${escaped}`
  // "1." is escaped after the digits: a backslash before a digit is printed as is.
  if (first >= DIGIT_0 && first <= DIGIT_9) return escaped.replace(/^(\d+)([.)])/, '$1\\$2')
  return escaped
}

const NEEDS_ESCAPE = /[\\`*_[\]<>|\n~&]/
/** Character codes of '#', '+', '-', '0' and '9'. */
const HASH = 35
const PLUS = 43
const MINUS = 45
const DIGIT_0 = 48
const DIGIT_9 = 57

function inline(content: readonly Inline[]): string {
  let out = ''
  for (let i = 0; i < content.length; i++) {
    const part = content[i]!
    // Only the first piece starts the line; later ones cannot open a list.
    if (typeof part === 'string') out += escapeMarkdownInline(part, i === 0)
    else
      out += marked(
        escapeMarkdownInline(part.text, i === 0),
        part.strong ? '**' : part.em ? '_' : '',
      )
  }
  return out
}

/**
 * The text between its marks. Markers go inside surrounding spaces: "** x**" is not bold
 * in CommonMark. Text that is all space, or breaks a line inside its words, is left
 * unmarked, as it always has been.
 */
function marked(text: string, mark: string): string {
  const core = text.trim()
  if (!core || !mark || LINE_BREAK.test(core)) return text
  const lead = text.length - text.trimStart().length
  return text.slice(0, lead) + mark + core + mark + text.slice(lead + core.length)
}

const LINE_BREAK = /[\n\r\u2028\u2029]/

// Frozen blocks and list items print once (see keptText.ts).
const block = keptForFrozen(blockText)
const listItem = keptForFrozen(inline)

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `### ${escapeMarkdownInline(b.text, false)}`
    case 'paragraph':
      return b.muted ? `_${inline(b.content)}_` : inline(b.content)
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${listItem(item)}`)
        .join('\n')
    case 'quote':
      return (
        (b.notes ? '**Notes:**\n\n' : '') +
        b.text
          .split(/\r?\n/)
          .map((line) => (line.trim() ? `> ${escapeMarkdownInline(line.trim())}` : '>'))
          .join('\n')
      )
    case 'table': {
      // Columns padded to one width, so the table also reads well as plain text
      // (and matches what Prettier would write).
      const cells = [b.head, ...b.rows].map((r) => r.map((c) => escapeMarkdownInline(c, false)))
      const widths = b.head.map((_, i) =>
        Math.max(3, ...cells.map((r) => [...(r[i] ?? '')].length)),
      )
      const pad = (text: string, i: number) => {
        const fill = ' '.repeat((widths[i] ?? 0) - [...text].length)
        return b.numeric[i] ? fill + text : text + fill
      }
      const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`
      const rule = `| ${widths.map((w, i) => (b.numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`
      const [head = [], ...rows] = cells
      return [line(head), rule, ...rows.map(line)].join('\n')
    }
  }
}

/**
 * Written by adding each piece to the end rather than joining them (see linked in
 * keptText.ts): copying a review of three quarters of a million characters into one new
 * string cost more than everything else the renderer does.
 */
export function renderDocumentMarkdown(doc: DocumentModel): string {
  let out = `# ${escapeMarkdownInline(doc.title, false)}`
  for (const m of doc.meta) out = `${out}\n\n_${escapeMarkdownInline(m)}_`
  for (const section of doc.sections) {
    out = `${out}\n\n## ${section.title}`
    if (section.blocks.length > 0) out = out + PARAGRAPH_BREAK + blocksText(section.blocks)
  }
  return `${out}\n\n---\n\n_${escapeMarkdownInline(doc.footer)}_\n`
}

const PARAGRAPH_BREAK = '\n\n'

/** A section's blocks one after another; a frozen run of them (a period shown before) once. */
const blocksText = keptForFrozen((blocks: readonly Block[]) =>
  linked(blocks, block, PARAGRAPH_BREAK),
)
