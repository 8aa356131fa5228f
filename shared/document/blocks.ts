// A document as simple blocks (headings, paragraphs, lists, quotes, tables) under titled
// sections. Each domain writes its wording once as a DocumentModel; the Markdown, HTML
// and DOCX renderers only translate blocks, so every format says the same thing.

export type Inline = string | { text: string; strong?: boolean; em?: boolean }

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; content: Inline[]; muted?: boolean }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  /** Feedback quotes; `notes` marks the author's own notes, printed plainer. */
  | { type: 'quote'; text: string; notes?: boolean }
  /**
   * A table; its first column labels the rows and its last row is a total, unless
   * `plain` (a table the user wrote in a note): then every row is ordinary data.
   */
  | { type: 'table'; head: string[]; rows: string[][]; numeric: boolean[]; plain?: boolean }

export interface DocumentSection {
  /** Stable id: the HTML anchor (`s-<id>`). */
  id: string
  title: string
  blocks: Block[]
}

export interface DocumentModel {
  title: string
  /** Lines under the title: period, role, share-safe note. */
  meta: string[]
  sections: DocumentSection[]
  footer: string
  /**
   * The day the document is dated (ISO), stamped into the DOCX file in place of the
   * clock so the same document always gives the same bytes. Default 1980-01-01.
   */
  date?: string
  /**
   * Tighter type and spacing in print (HTML and DOCX), for a document that must keep to a
   * page count, such as the promotion case's two pages. Markdown is unchanged.
   */
  compact?: boolean
}

/** The plain text of inline content, for renderers that need it. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('')
}
