// The case's three export formats: file name, filters and how each file is made. The
// DOCX library is loaded only when a DOCX is asked for, keeping it out of start-up.
import type { PromotionCase } from '../../../../shared/promotion'
import { renderPromotionCaseHtml, renderPromotionCaseMarkdown } from '../../../../shared/promotion'
import type { SaveResult } from '../../../../shared/ipc'
import type { FileFilter, Platform } from '../../platform'
import { documentFilters } from '../backup'

export type CaseFormat = 'md' | 'pdf' | 'docx'

export const CASE_FORMATS: CaseFormat[] = ['md', 'pdf', 'docx']

export const CASE_FORMAT_LABELS: Record<CaseFormat, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  docx: 'DOCX',
}

const FILTERS: Record<Exclude<CaseFormat, 'pdf'>, FileFilter[]> = {
  md: [{ name: 'Markdown', extensions: ['md'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
}

/**
 * leadlog-promotion-case-director-ops-2026-12-01.md: the role and the period's end; without
 * a chosen role, as the case itself, no role: leadlog-promotion-case-2026-12-01.md.
 */
export function caseFileName(c: PromotionCase, format: CaseFormat): string {
  const role = c.role.isDefault ? '' : `${c.role.id}-`
  return `leadlog-promotion-case-${role}${c.period.to}.${format}`
}

export async function exportCase(
  platform: Platform,
  c: PromotionCase,
  format: CaseFormat,
): Promise<SaveResult> {
  const name = caseFileName(c, format)
  switch (format) {
    case 'md':
      return platform.saveFile(name, renderPromotionCaseMarkdown(c), documentFilters(FILTERS.md))
    case 'pdf':
      return platform.printPdf(name, renderPromotionCaseHtml(c))
    case 'docx': {
      const { renderPromotionCaseDocx } = await import('../../../../shared/promotion')
      return platform.saveFile(
        name,
        await renderPromotionCaseDocx(c),
        documentFilters(FILTERS.docx),
      )
    }
  }
}

/** A failure in words a person can act on. */
export function describeCaseExportError(format: CaseFormat, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `The ${CASE_FORMAT_LABELS[format]} export failed and no file was written: ${reason.replace(/\.$/, '')}. Try again, or choose another folder.`
}
