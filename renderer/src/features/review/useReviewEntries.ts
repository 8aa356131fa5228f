// Every entry, deleted ones included: the review leaves deleted entries out itself,
// but their people's names still feed the share-safe redactor.
import { useLiveQuery } from 'dexie-react-hooks'
import type { Entry } from '../../../../shared/entry'
import { db } from '../../data/db'

export function useReviewEntries(): Entry[] | undefined {
  return useLiveQuery(() => db.entries.toArray(), [])
}
