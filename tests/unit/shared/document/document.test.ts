// The neutral document renderers, on a document of their own (the review's and the
// promotion case's wording are tested with them).
import { describe, expect, it } from 'vitest'
import {
  inlineText,
  renderDocumentDocx,
  renderDocumentHtml,
  renderDocumentMarkdown,
  type DocumentModel,
} from '../../../../shared/document'
import { docxText, readZip } from '../review/reviewZip'

const doc: DocumentModel = {
  title: 'A plan for Q1',
  meta: ['1 Jan – 31 Mar 2027'],
  sections: [
    {
      id: 'first',
      title: 'What happens',
      blocks: [
        {
          type: 'paragraph',
          content: ['Plain, ', { text: 'strong', strong: true }, ' and <b>raw</b>.'],
        },
        { type: 'list', ordered: true, items: [['one'], ['two']] },
        { type: 'quote', text: 'Said well.' },
        {
          type: 'table',
          head: ['What', 'How many'],
          rows: [['Things', '3']],
          numeric: [false, true],
        },
      ],
    },
  ],
  footer: 'Made by hand.',
}

describe('document renderers', () => {
  it('write Markdown with escaped text, sections and the footer', () => {
    const md = renderDocumentMarkdown(doc)
    expect(md).toContain('# A plan for Q1\n\n_1 Jan – 31 Mar 2027_\n\n## What happens')
    expect(md).toContain('Plain, **strong** and \\<b\\>raw\\</b\\>.')
    expect(md).toContain('1. one\n2. two')
    expect(md).toContain('> Said well.')
    expect(md).toContain('| Things |        3 |')
    expect(md.endsWith('---\n\n_Made by hand._\n')).toBe(true)
  })

  it('write one self-contained HTML page, tighter only when compact', () => {
    const html = renderDocumentHtml(doc)
    expect(html).toContain('<section aria-labelledby="s-first">')
    expect(html).toContain('and &lt;b&gt;raw&lt;/b&gt;.')
    expect(html).not.toMatch(/<script|https?:\/\//)
    expect(html).not.toContain('line-height: 1.35')
    const compact = renderDocumentHtml({ ...doc, compact: true })
    expect(compact).toContain('line-height: 1.35')
    // The regular style comes first and stays; the compact rules follow and win.
    expect(compact.indexOf('font: 10.5pt/1.5')).toBeGreaterThan(0)
    expect(compact.indexOf('font: 10.5pt/1.5')).toBeLessThan(compact.indexOf('line-height: 1.35'))
  })

  it('write a DOCX dated the document’s day, or a fixed day without one', async () => {
    const dated = readZip(await renderDocumentDocx({ ...doc, date: '2027-03-31' }))
    expect(dated.get('docProps/core.xml')).toContain('2027-03-31T00:00:00Z')
    expect(docxText(dated.get('word/document.xml') ?? '')).toContain('What happens')
    const undated = readZip(await renderDocumentDocx(doc))
    expect(undated.get('docProps/core.xml')).toContain('1980-01-01T00:00:00Z')
  })

  it('read inline content as plain text', () => {
    expect(inlineText(['a ', { text: 'b', em: true }])).toBe('a b')
  })
  it('print frozen sections as the same sections unfrozen, in every format', () => {
    const frozen: DocumentModel = {
      ...doc,
      sections: doc.sections.map((section) => ({
        ...section,
        blocks: Object.freeze(
          section.blocks.map((b) => Object.freeze({ ...b })),
        ) as typeof section.blocks,
      })),
    }
    for (let i = 0; i < 2; i++) {
      expect(renderDocumentMarkdown(frozen)).toBe(renderDocumentMarkdown(doc))
      expect(renderDocumentHtml(frozen)).toBe(renderDocumentHtml(doc))
    }
  })
})
