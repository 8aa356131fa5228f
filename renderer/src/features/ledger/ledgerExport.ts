// The CSV of a cycle's activities, saved through the platform like every other export.
import { pduCsv, pduCsvFileName, type PduLedger } from '../../../../shared/pdu'
import type { SaveResult } from '../../../../shared/ipc'
import type { Platform } from '../../platform'
import { documentFilters } from '../backup'

const CSV_FILTERS = [{ name: 'CSV spreadsheet', extensions: ['csv'] }]

export function exportPduCsv(platform: Platform, ledger: PduLedger): Promise<SaveResult> {
  return platform.saveFile(
    pduCsvFileName(ledger.certification, ledger.cycleStart),
    pduCsv(ledger.activities),
    documentFilters(CSV_FILTERS),
  )
}

/** A failure in words a person can act on. */
export function describeCsvError(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `The CSV export failed and no file was written: ${reason.replace(/\.$/, '')}. Try again, or choose another folder.`
}
