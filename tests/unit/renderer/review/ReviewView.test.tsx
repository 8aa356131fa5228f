import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { SaveResult } from '../../../../shared/ipc'

const saveFile =
  vi.fn<(name: string, data: string | Uint8Array, filters: unknown) => Promise<SaveResult>>()
const printPdf = vi.fn<(name: string, html: string) => Promise<SaveResult>>()
vi.mock('../../../../renderer/src/platform', () => ({
  platform: { kind: 'desktop', saveFile, printPdf },
}))

const { db } = await import('../../../../renderer/src/data/db')
const { updateSettings } = await import('../../../../renderer/src/data/settings')
const { ReviewView } = await import('../../../../renderer/src/features/review/ReviewView')
const { useReviewUi } = await import('../../../../renderer/src/features/review/reviewSlice')
const { fixtureJournal } = await import('../../../fixtures/journal')

const initialUi = useReviewUi.getState()

function previewHtml(): string {
  return screen.getByTitle(/^Preview:/).getAttribute('srcdoc') ?? ''
}

async function openReview() {
  render(<ReviewView />)
  await waitFor(() => expect(screen.getByTitle(/^Preview:/)).toBeInTheDocument())
}

beforeEach(async () => {
  // Only Date is faked: IndexedDB's timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 15, 12, 0, 0))
  await db.entries.clear()
  await db.settings.clear()
  await db.entries.bulkPut(fixtureJournal)
  useReviewUi.setState(initialUi, true)
  saveFile.mockReset()
  printPdf.mockReset()
})

afterEach(() => {
  vi.useRealTimers()
})

// The machine running the tests may be busy: wait for what the user would see, patiently.
configure({ asyncUtilTimeout: 5000 })

describe('ReviewView', { timeout: 30_000 }, () => {
  it('opens on the current quarter, share-safe, with the previous quarter for comparison', async () => {
    await openReview()
    expect(screen.getByRole('combobox', { name: 'Quarter' })).toHaveDisplayValue(
      '2026 Q4 (current)',
    )
    expect(screen.getByText(/compared with 2026 Q3 \(Jul 1 – Sep 30, 2026\)/)).toBeInTheDocument()
    expect(screen.getByRole('switch', { name: 'Share-safe' })).toBeChecked()
    const html = previewHtml()
    expect(html).toContain('Quarterly review: 2026 Q4')
    // The summary's counts compare the quarter with the one before.
    expect(html).toContain('>2026 Q3</th>')
    expect(html).not.toMatch(/Maria|Lopez|Oliver/)
    // The preview frame may run nothing.
    expect(screen.getByTitle(/^Preview:/)).toHaveAttribute('sandbox', '')
  })

  it('exports Markdown in one click with a quarter file name', async () => {
    saveFile.mockResolvedValue({ saved: true, path: '/home/me/leadlog-review-2026-Q4.md' })
    await openReview()
    await userEvent.click(screen.getByRole('button', { name: 'Export Markdown' }))
    await screen.findByText('Saved /home/me/leadlog-review-2026-Q4.md.')
    const [name, data, filters] = saveFile.mock.calls[0] ?? []
    expect(name).toBe('leadlog-review-2026-Q4.md')
    expect(data).toContain('# Quarterly review: 2026 Q4')
    expect(data).not.toMatch(/Maria|Lopez/)
    expect(filters).toEqual([{ name: 'Markdown', extensions: ['md'] }])
  })

  it('leaves out unchecked sections and shows names only when share-safe is off', async () => {
    await openReview()
    expect(previewHtml()).toContain('>Highlights</h2>')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Highlights' }))
    await waitFor(() => expect(previewHtml()).not.toContain('>Highlights</h2>'))
    await userEvent.click(screen.getByRole('switch', { name: 'Share-safe' }))
    await waitFor(() => expect(previewHtml()).toContain('Maria Lopez'))
    expect(screen.getByText('Names are shown. Keep this export to yourself.')).toBeInTheDocument()
  })

  it('shows progress while the DOCX is built and saved, then the outcome', async () => {
    let finish: (result: SaveResult) => void = () => {}
    saveFile.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    await openReview()
    await userEvent.click(screen.getByRole('button', { name: 'Export DOCX' }))
    expect(await screen.findByText('Preparing the DOCX file…')).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: 'Building the DOCX file' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export Markdown' })).toBeDisabled()
    await waitFor(() => expect(saveFile).toHaveBeenCalled())
    const [name, data] = saveFile.mock.calls[0] ?? []
    expect(name).toBe('leadlog-review-2026-Q4.docx')
    expect(data).toBeInstanceOf(Uint8Array)
    finish({ saved: true, path: 'leadlog-review-2026-Q4.docx' })
    await screen.findByText('Saved leadlog-review-2026-Q4.docx.')
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('says in plain words when an export fails or is cancelled', async () => {
    saveFile.mockRejectedValueOnce(new Error('The disk is full.'))
    await openReview()
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }))
    await screen.findByText(
      'The JSON export failed and no file was written: The disk is full. Try again, or choose another folder.',
    )
    saveFile.mockResolvedValueOnce({ saved: false })
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }))
    await screen.findByText('Export cancelled; nothing was saved.')
  })

  it('prints the PDF from the same HTML as the preview', async () => {
    printPdf.mockResolvedValue({ saved: true, path: '/tmp/leadlog-review-2026-Q4.pdf' })
    await openReview()
    await userEvent.click(screen.getByRole('button', { name: 'Export PDF' }))
    await waitFor(() => expect(printPdf).toHaveBeenCalled())
    expect(printPdf.mock.calls[0]?.[0]).toBe('leadlog-review-2026-Q4.pdf')
    expect(printPdf.mock.calls[0]?.[1]).toBe(previewHtml())
  })

  it('offers fiscal quarters from the start month in Settings', async () => {
    await updateSettings({ fiscalYearStartMonth: 7 })
    await openReview()
    await userEvent.click(screen.getByRole('radio', { name: 'Fiscal quarter' }))
    const picker = screen.getByRole('combobox', { name: 'Quarter' })
    await waitFor(() => expect(picker).toHaveDisplayValue('FY2027 Q2 (current)'))
    expect(within(picker).getAllByRole('option')[1]).toHaveTextContent('FY2027 Q1')
    await waitFor(() => expect(previewHtml()).toContain('Quarterly review: FY2027 Q2'))
    saveFile.mockResolvedValue({ saved: true, path: 'x' })
    await userEvent.click(screen.getByRole('button', { name: 'Export Markdown' }))
    await waitFor(() => expect(saveFile.mock.calls[0]?.[0]).toBe('leadlog-review-FY2027-Q2.md'))
  })

  it('starts a custom range from the quarter on screen and explains a wrong one', async () => {
    await openReview()
    await userEvent.click(screen.getByRole('radio', { name: 'Custom range' }))
    const from = screen.getByLabelText('From')
    const to = screen.getByLabelText('To (inclusive)')
    expect(from).toHaveValue('2026-10-01')
    expect(to).toHaveValue('2026-12-31')
    await userEvent.clear(from)
    await userEvent.type(from, '2027-01-05')
    expect(await screen.findByText('The start date is after the end date.')).toBeInTheDocument()
    expect(from).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('button', { name: 'Export Markdown' })).toBeDisabled()
  })
})
