import { describe, expect, it } from 'vitest'
import { buildReview, SECTION_TITLES, REVIEW_SECTIONS } from '../../../../shared/review'
import { escapeMarkdownInline, renderReviewMarkdown } from '../../../../shared/review'
import { escapeHtml, renderReviewHtml } from '../../../../shared/review'
import { formatNumber, metricText } from '../../../../shared/review'
import type { Entry } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'

const hostile: Entry = {
  id: 'x-script',
  kind: 'stakeholder-win',
  title: '<script>alert("title")</script> launch',
  occurredOn: '2026-11-02',
  notes: '<img src=x onerror=alert(1)>\n# not a heading\n[link](javascript:alert(2))',
  competencies: ['stakeholders'],
  people: [],
  tags: ['<b>tag</b>'],
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  stakeholder: { name: 'Alex Doe', role: '</li><script>x()</script>', level: 'senior' },
  need: 'a <style>body{display:none}</style> fix',
  delivered: 'shipped it & "more"',
  feedback: "'Great' <iframe src=//evil>",
}

const review = buildReview([...fixtureJournal, hostile], {
  from: '2026-10-01',
  to: '2026-12-31',
  includeLog: true,
  // With the user's asks every section prints, "What I need" included.
  narrative: { asks: 'Time with the COO to agree the 2027 priorities.' },
})

describe('HTML export', () => {
  const html = renderReviewHtml(review)

  it('escapes everything that comes from entries', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<iframe/i)
    expect(html).not.toContain('<b>tag')
    expect(html).not.toContain('<style>body')
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; launch')
    expect(html).toContain('shipped it &amp; &quot;more&quot;')
  })

  it('is self-contained and print-ready', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('@page')
    expect(html).toContain("default-src 'none'")
    // No tag loads anything (entry text such as "src=x" is escaped, so it is not in a tag).
    expect(html).not.toMatch(/<[^>]*\s(?:src|href)=/i)
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/@import|url\(/)
  })

  it('has every section heading', () => {
    for (const id of REVIEW_SECTIONS) expect(html).toContain(`>${SECTION_TITLES[id]}</h2>`)
  })
})

describe('Markdown export', () => {
  const md = renderReviewMarkdown(review)

  it('escapes markup from entries so it prints as written', () => {
    expect(md).not.toMatch(/(^|[^\\])<script/)
    expect(md).toContain('\\<script\\>alert("title")\\</script\\> launch')
    expect(md).toContain('\\[link\\](javascript:alert(2))')
    // The note is Markdown: its raw HTML prints as text, and "#" mid-line is no heading.
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> # not a heading')
  })

  it('has every section heading in order', () => {
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings).toEqual(REVIEW_SECTIONS.map((id) => SECTION_TITLES[id]))
  })

  it('escapes list and heading markers at the start of text', () => {
    expect(escapeMarkdownInline('1. first')).toBe('1\\. first')
    expect(escapeMarkdownInline('# title')).toBe('\\# title')
    expect(escapeMarkdownInline('a_b*c')).toBe('a\\_b\\*c')
    expect(escapeMarkdownInline('two\nlines')).toBe('two lines')
  })
})

describe('text helpers', () => {
  it('formats numbers and metrics the same on every machine', () => {
    expect(formatNumber(120000)).toBe('120,000')
    expect(formatNumber(2.4)).toBe('2.4')
    expect(formatNumber(1200)).toBe('1,200')
    expect(formatNumber(1200, 'de-DE')).toBe('1.200')
    expect(formatNumber(-1234567.5)).toBe('-1,234,567.5')
    expect(metricText({ value: 18, unit: '%', measure: 'faster month-end close' })).toBe(
      '18% faster month-end close',
    )
    expect(metricText({ value: 84000, unit: 'USD', measure: 'avoided' }, 'en-US')).toBe(
      '84,000 USD avoided',
    )
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
  })
})
