// Pinned bullets as text to paste or save: Markdown or plain text, in rank order. Bullet
// text comes from entries (and the user's edits of it), so the Markdown is escaped like
// every other Markdown export (an asterisk or a bracket prints as written, never as
// emphasis or a link) and plain text loses hidden controls and bidi overrides.
import { escapeMarkdownInline, plainTextLine } from '../../../../shared/document'

export type ExportFormat = 'markdown' | 'text'

/** One bullet per line; Markdown gets a heading and list markers. */
export function formatBullets(texts: readonly string[], format: ExportFormat): string {
  const lines = texts.map(plainTextLine).filter(Boolean)
  if (format === 'markdown') {
    // A list item's text starts a block of its own ("- # x" is a heading): escape it so.
    return `# Resume bullets\n\n${lines.map((l) => `- ${escapeMarkdownInline(l)}`).join('\n')}\n`
  }
  return `${lines.map((l) => `• ${l}`).join('\n')}\n`
}

export const EXPORT_FILES: Record<
  ExportFormat,
  { extension: string; filter: { name: string; extensions: string[] } }
> = {
  markdown: { extension: 'md', filter: { name: 'Markdown', extensions: ['md'] } },
  text: { extension: 'txt', filter: { name: 'Plain text', extensions: ['txt'] } },
}
