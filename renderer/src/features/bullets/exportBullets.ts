// Pinned bullets as text to paste or save: Markdown or plain text, in rank order.

export type ExportFormat = 'markdown' | 'text'

/** One bullet per line; Markdown gets a heading and list markers. */
export function formatBullets(texts: readonly string[], format: ExportFormat): string {
  const lines = texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
  if (format === 'markdown') return `# Resume bullets\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`
  return `${lines.map((l) => `• ${l}`).join('\n')}\n`
}

export const EXPORT_FILES: Record<
  ExportFormat,
  { extension: string; filter: { name: string; extensions: string[] } }
> = {
  markdown: { extension: 'md', filter: { name: 'Markdown', extensions: ['md'] } },
  text: { extension: 'txt', filter: { name: 'Plain text', extensions: ['txt'] } },
}
