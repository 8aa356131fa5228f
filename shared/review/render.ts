// The review in each format: its own document (blocks.ts, the review's wording) given to
// the neutral renderers of shared/document.
import type { Document } from 'docx'
import {
  buildDocxDocument,
  renderDocumentDocx,
  renderDocumentHtml,
  renderDocumentMarkdown,
} from '../document'
import { reviewDocument } from './blocks'
import type { Review } from './types'

// What the review's door has always offered, now homed in shared/document.
export { escapeHtml, escapeMarkdownInline, inlineText, setZipDates } from '../document'
export type { Block, Inline } from '../document'

export function renderReviewMarkdown(review: Review): string {
  return renderDocumentMarkdown(reviewDocument(review))
}

export function renderReviewHtml(review: Review): string {
  return renderDocumentHtml(reviewDocument(review))
}

export function buildReviewDocument(review: Review): Document {
  return buildDocxDocument(reviewDocument(review))
}

/** The review as .docx bytes, dated the period's last day: identical for the same review. */
export function renderReviewDocx(review: Review): Promise<Uint8Array<ArrayBuffer>> {
  return renderDocumentDocx({ ...reviewDocument(review), date: review.period.to })
}
