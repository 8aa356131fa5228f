// The promotion case in each format: its document (document.ts) given to the neutral
// renderers of shared/document.
import { renderDocumentDocx, renderDocumentHtml, renderDocumentMarkdown } from '../document'
import { promotionDocument } from './document'
import type { PromotionCase } from './types'

export function renderPromotionCaseMarkdown(c: PromotionCase): string {
  return renderDocumentMarkdown(promotionDocument(c))
}

export function renderPromotionCaseHtml(c: PromotionCase): string {
  return renderDocumentHtml(promotionDocument(c))
}

/** .docx bytes dated the period's last day: the same case always gives the same bytes. */
export function renderPromotionCaseDocx(c: PromotionCase): Promise<Uint8Array<ArrayBuffer>> {
  return renderDocumentDocx(promotionDocument(c))
}
