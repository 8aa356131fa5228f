// Every entry, deleted ones included: the review leaves deleted entries out itself,
// but their people's names still feed the share-safe redactor.
import type { Entry } from '../../../../shared/entry'
import { useAllEntries } from '../../data/useEntries'

export function useReviewEntries(): Entry[] | undefined {
  return useAllEntries()
}
