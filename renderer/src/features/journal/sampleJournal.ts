// Loads the built-in sample journal. The module is found with import.meta.glob so the
// button appears only in builds that include shared/entry/sampleJournal.ts.
import type { Entry } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { addEntries, removeSampleEntries } from '../../data/entries'

type SampleModule = { sampleJournal(asOf: string): Entry[] }

const modules = import.meta.glob<SampleModule>('../../../../shared/entry/sampleJournal.ts')
const loader = Object.values(modules)[0]

export const hasSampleJournal = loader !== undefined

/** Adds the sample entries (all or nothing); returns how many were added. */
export async function loadSampleJournal(): Promise<number> {
  if (!loader) throw new Error('This build has no sample journal.')
  const { sampleJournal } = await loader()
  const entries = sampleJournal(localIsoDate(new Date())).map((e) => ({ ...e, sample: true }))
  await addEntries(entries)
  return entries.length
}

export { removeSampleEntries }
