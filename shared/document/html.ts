// A document as one self-contained HTML page: no scripts, no external resources, print
// CSS with @page. It feeds the in-app preview, the browser's print dialog and the
// desktop's print-to-PDF.
import type { Block, DocumentModel, Inline } from './blocks'
import { keptForFrozen, linked } from './keptText'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

const STYLE = `
@page {
  size: A4; margin: 18mm 16mm 20mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #5a6478; }
}
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0; padding: 2rem 1.5rem; color: #1b2233; background: #fff;
  font: 10.5pt/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
main { max-width: 46rem; margin: 0 auto; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.3rem; color: #14213d; }
.meta { margin: 0; color: #5a6478; }
h2 {
  font-size: 13.5pt; margin: 1.6rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 2px solid #2447a8; color: #14213d; break-after: avoid; page-break-after: avoid;
}
h3 { font-size: 11pt; margin: 1rem 0 0.2rem; break-after: avoid; page-break-after: avoid; }
p { margin: 0.3rem 0; }
/* An item's heading and its date line stay with the first lines of its details. */
h3 + p.muted { break-after: avoid; page-break-after: avoid; }
.muted { color: #5a6478; font-size: 9.5pt; }
ul, ol { margin: 0.3rem 0 0.6rem; padding-left: 1.3rem; }
li { margin: 0.15rem 0; break-inside: avoid; page-break-inside: avoid; }
blockquote {
  margin: 0.4rem 0 0.8rem; padding: 0.35rem 0.8rem; border-left: 3px solid #1e7b45;
  background: #f3f8f5; font-style: italic; break-inside: avoid; page-break-inside: avoid;
}
blockquote p { margin: 0.15rem 0; }
.notes {
  margin: 0.4rem 0 0.8rem; padding: 0.3rem 0.8rem; border-left: 3px solid #c5ccdb;
  break-inside: avoid; page-break-inside: avoid;
}
.notes p { margin: 0.15rem 0; }
.notes .notes-label { font-weight: 600; font-size: 9pt; color: #5a6478; text-transform: uppercase; letter-spacing: 0.04em; }
table { border-collapse: collapse; margin: 0.4rem 0 0.6rem; min-width: 60%; break-inside: avoid; }
th, td { border: 1px solid #d9deea; padding: 0.25rem 0.6rem; text-align: left; }
th { background: #eef1f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:last-child td { font-weight: 600; }
table.plain tr:last-child td { font-weight: normal; }
footer { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #d9deea; color: #5a6478; font-size: 9pt; }
@media print {
  body { padding: 0; }
  main { max-width: none; }
  section { break-before: auto; }
}
`.trim()

/** Added after STYLE for a compact document: the same look, tighter. */
const COMPACT_STYLE = `
@page { margin: 14mm 15mm 16mm; }
body { font-size: 10pt; line-height: 1.35; }
h1 { font-size: 18pt; }
h2 { font-size: 12pt; margin: 0.9rem 0 0.35rem; }
ul, ol { margin: 0.2rem 0 0.4rem; }
li { margin: 0.1rem 0; }
footer { margin-top: 0.8rem; }
`.trim()

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part)
      const text = escapeHtml(part.text)
      if (part.strong) return `<strong>${text}</strong>`
      if (part.em) return `<em>${text}</em>`
      return text
    })
    .join('')
}

// Frozen blocks and list items print once (see keptText.ts).
const block = keptForFrozen(blockText)
const listItem = keptForFrozen((item: readonly Inline[]) => `<li>${inline(item)}</li>`)
/** A section's blocks; a frozen run of them (a period shown before) once. */
const blocksHtml = keptForFrozen((blocks: readonly Block[]) => linked(blocks, block, '\n'))

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h3>${escapeHtml(b.text)}</h3>`
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${inline(b.content)}</p>`
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul'
      return `<${tag}>${b.items.map(listItem).join('')}</${tag}>`
    }
    case 'quote': {
      const paragraphs = b.text
        .split(/\r?\n\s*\r?\n/)
        .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, '<br>')}</p>`)
      return b.notes
        ? `<div class="notes"><p class="notes-label">Notes</p>${paragraphs.join('')}</div>`
        : `<blockquote>${paragraphs.join('')}</blockquote>`
    }
    case 'table': {
      const cls = (i: number) => (b.numeric[i] ? ' class="num"' : '')
      const head = b.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('')
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 && !b.plain ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${cls(i)}>${escapeHtml(c)}</td>`)).join('')}</tr>`,
        )
        .join('\n')
      return `<table${b.plain ? ' class="plain"' : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
    }
  }
}

export function renderDocumentHtml(doc: DocumentModel): string {
  const sections = linked(
    doc.sections,
    (s) =>
      `<section aria-labelledby="s-${s.id}">\n<h2 id="s-${s.id}">${escapeHtml(s.title)}</h2>\n${blocksHtml(s.blocks)}\n</section>`,
    '\n',
  )
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>
${doc.compact ? `${STYLE}\n${COMPACT_STYLE}` : STYLE}
</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(doc.title)}</h1>
${doc.meta.map((m) => `<p class="meta">${escapeHtml(m)}</p>`).join('\n')}
</header>
${sections}
<footer>${escapeHtml(doc.footer)}</footer>
</main>
</body>
</html>
`
}
