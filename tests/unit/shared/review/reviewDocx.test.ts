import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildReview, REVIEW_SECTIONS, SECTION_TITLES } from '../../../../shared/review'
import { renderReviewDocx } from '../../../../shared/review'
import { setZipDates } from '../../../../shared/review'
import { fixtureJournal } from '../../../fixtures/journal'
import { docxText, readZip } from './reviewZip'

const review = buildReview(fixtureJournal, {
  from: '2026-10-01',
  to: '2026-12-31',
  includeLog: true,
  // With the user's asks every section prints, "What I need" included.
  narrative: { asks: 'Time with the COO to agree the 2027 priorities.' },
})

afterEach(() => {
  vi.useRealTimers()
})

describe('DOCX export', () => {
  it('is a valid zip holding a Word document with every section heading', async () => {
    const bytes = await renderReviewDocx(review)
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const files = readZip(bytes)
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']),
    )
    expect(files.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml')
    const text = docxText(files.get('word/document.xml') ?? '')
    expect(text).toContain('Quarterly review: 2026 Q4')
    for (const id of REVIEW_SECTIONS) expect(text).toContain(SECTION_TITLES[id])
    expect(text).toContain('The board approved all three decisions in ten minutes.')
  })

  it('gives the same bytes whenever it is made (no clock in the file)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-03-04T05:06:07Z'))
    const first = await renderReviewDocx(review)
    vi.setSystemTime(new Date('2031-08-09T10:11:12Z'))
    const second = await renderReviewDocx(review)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const core = readZip(first).get('docProps/core.xml') ?? ''
    expect(core).toContain('2026-12-31T00:00:00Z')
    expect(core).not.toContain('2027')
  })

  it('rejects bytes that are not a zip file', () => {
    expect(() => setZipDates(new Uint8Array(64), '2026-12-31')).toThrow(/not a valid zip/)
  })
})
