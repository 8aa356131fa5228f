// The ledger in a sentence or two, for the places that mention certification progress
// without showing the whole ledger (the readiness dashboard, the review).
import type { LedgerStatus } from './ledger'

export const STATUS_LABELS: Record<LedgerStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  behind: 'Behind pace',
  'ended-short': 'Cycle ended short',
  'not-started': 'Not started',
}

/** PDUs claimed on live entries dated in a range (any category, before caps). */
export function pduHoursIn(
  entries: readonly { occurredOn: string; deletedAt?: string; pdu?: { hours: number } }[],
  from: string,
  to: string,
): number {
  let hours = 0
  for (const e of entries) {
    if (e.pdu && e.deletedAt === undefined && e.occurredOn >= from && e.occurredOn <= to) {
      hours += e.pdu.hours
    }
  }
  return hours
}
