// Notes keep their Markdown in exports: shared/document/markdownBlocks turns a note into
// blocks, so the review's full log prints a note's table as a table in every format.
import { describe, expect, it } from 'vitest'
import { markdownBlocks } from '../../../../shared/document'
import { buildReview, renderReviewDocx, renderReviewHtml } from '../../../../shared/review'
import { renderReviewMarkdown } from '../../../../shared/review'
import type { Entry } from '../../../../shared/entry'
import { docxText, readZip } from './reviewZip'

const NOTE = [
  'Started as a routine re-forecast. Ended with a **licence audit**',
  'and a *quiet* win.',
  '',
  '| item | seats paid | seats used |',
  '| --- | ---: | ---: |',
  '| CRM | 420 | 310 |',
  '| BI tool | 150 | 62 |',
  '',
  '- Options: wait, split',
  '  - split won',
  '- [x] renewals cut',
  '',
  '> Own the number.',
].join('\n')

describe('markdownBlocks', () => {
  it('turns paragraphs, tables, lists and quotes into blocks with bold and italic kept', () => {
    expect(markdownBlocks(NOTE)).toEqual([
      {
        type: 'paragraph',
        content: [
          'Started as a routine re-forecast. Ended with a ',
          { text: 'licence audit', strong: true },
          ' and a ',
          { text: 'quiet', em: true },
          ' win.',
        ],
      },
      {
        type: 'table',
        head: ['item', 'seats paid', 'seats used'],
        rows: [
          ['CRM', '420', '310'],
          ['BI tool', '150', '62'],
        ],
        numeric: [false, true, true],
        plain: true,
      },
      {
        type: 'list',
        ordered: false,
        items: [['Options: wait, split'], ['split won'], ['☑ ', 'renewals cut']],
      },
      { type: 'quote', text: 'Own the number.' },
    ])
  })

  it('gives nothing for empty text, and headings inside a note as bold lines', () => {
    expect(markdownBlocks('  \n ')).toEqual([])
    expect(markdownBlocks('## Cause\n\n1. one\n2. two')).toEqual([
      { type: 'paragraph', content: [{ text: 'Cause', strong: true }] },
      { type: 'list', ordered: true, items: [['one'], ['two']] },
    ])
  })

  it('pads a ragged table so every row has every column', () => {
    const [table] = markdownBlocks('| a | b |\n| - | - |\n| 1 |')
    expect(table).toMatchObject({ head: ['a', 'b'], rows: [['1', '']] })
  })
})

const withTable: Entry = {
  id: 'note-table',
  kind: 'leadership-moment',
  title: 'Found licence overspend',
  occurredOn: '2026-11-02',
  notes: NOTE,
  competencies: ['business'],
  people: [],
  tags: [],
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  situation: 'The re-forecast was over budget.',
  task: 'Explain the variance.',
  action: 'Matched invoices to active users.',
  result: 'Forecast back within budget.',
  reflection: '',
  mode: 'leader',
}

describe('the full log keeps a note’s table as a table', () => {
  const review = buildReview([withTable], {
    from: '2026-10-01',
    to: '2026-12-31',
    sections: ['log'],
  })

  it('in Markdown, without escaped pipes', () => {
    const md = renderReviewMarkdown(review)
    expect(md).not.toContain('\\|')
    expect(md).toMatch(/^\| item +\| seats paid \| seats used \|$/m)
    expect(md).toMatch(/^\| CRM +\| +420 \| +310 \|$/m)
    expect(md).toContain('**licence audit**')
  })

  it('in HTML', () => {
    const html = renderReviewHtml(review)
    expect(html).toContain('<table class="plain">')
    expect(html).toContain('<td>CRM</td><td class="num">420</td>')
  })

  it('in DOCX', async () => {
    const xml = readZip(await renderReviewDocx(review)).get('word/document.xml') ?? ''
    expect(xml.match(/<w:tbl>/g)?.length).toBe(1)
    expect(docxText(xml)).toContain('BI tool')
    expect(docxText(xml)).not.toContain('|')
  })
})
