// Ticking "reported" from the ledger, after entering a claim in PMI's system: the entry
// is read fresh (not from the list on screen) so nothing else in it is overwritten.
import { getEntry, saveEntry } from '../../data/entries'

export async function markReported(entryId: string, reported: boolean): Promise<void> {
  const entry = await getEntry(entryId)
  if (!entry?.pdu) throw new Error('The entry or its PDU claim is no longer there')
  await saveEntry({ ...entry, pdu: { ...entry.pdu, reported } })
}
