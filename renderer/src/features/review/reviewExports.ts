// The four export formats: file name, filters and how each file is made. The DOCX
// library is loaded only when a DOCX is asked for, keeping it out of the app's start-up.
import type { Review } from '../../../../shared/review'
import type { Period } from '../../../../shared/time'
import { renderReviewMarkdown } from '../../../../shared/review'
import { renderReviewHtml } from '../../../../shared/review'
import type { Platform, FileFilter } from '../../platform'
import { documentFilters } from '../backup'
import type { SaveResult } from '../../../../shared/ipc'

export type ExportFormat = 'md' | 'pdf' | 'docx' | 'json'

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  docx: 'DOCX',
  json: 'JSON',
}

const FILTERS: Record<Exclude<ExportFormat, 'pdf'>, FileFilter[]> = {
  md: [{ name: 'Markdown', extensions: ['md'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
}

/** leadlog-review-2026-Q4.md, leadlog-review-FY2027-Q1.pdf, ... */
export function reviewFileName(period: Pick<Period, 'slug'>, format: ExportFormat): string {
  return `leadlog-review-${period.slug}.${format}`
}

export async function exportReview(
  platform: Platform,
  review: Review,
  period: Pick<Period, 'slug'>,
  format: ExportFormat,
): Promise<SaveResult> {
  const name = reviewFileName(period, format)
  switch (format) {
    case 'md':
      return platform.saveFile(name, renderReviewMarkdown(review), documentFilters(FILTERS.md))
    case 'json':
      return platform.saveFile(
        name,
        `${JSON.stringify(review, null, 2)}\n`,
        documentFilters(FILTERS.json),
      )
    case 'pdf':
      return platform.printPdf(name, renderReviewHtml(review))
    case 'docx': {
      const { renderReviewDocx } = await import('../../../../shared/review')
      return platform.saveFile(name, await renderReviewDocx(review), documentFilters(FILTERS.docx))
    }
  }
}

/** A failure in words a person can act on. */
export function describeExportError(format: ExportFormat, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `The ${FORMAT_LABELS[format]} export failed and no file was written: ${reason.replace(/\.$/, '')}. Try again, or choose another folder.`
}
