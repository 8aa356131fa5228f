import { useEffect, useState } from 'react'
import { formatNumber } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { readStorageState, requestPersistentStorage, type StorageState } from '../../data/storage'

/** "3 MB", "1.5 MB": one decimal at most. */
function megabytes(bytes: number, locale: string): string {
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`
}

/** Whether the browser promised to keep the journal, and how much space it uses. */
export function StorageStatus() {
  const [state, setState] = useState<StorageState | null>(null)
  const locale = useLocale()
  useEffect(() => {
    let live = true
    // Read after the start-up request has its answer, so the two never disagree.
    void requestPersistentStorage()
      .then(readStorageState)
      .then((next) => live && setState(next))
    return () => {
      live = false
    }
  }, [])
  if (!state) return null
  return (
    <div className="storage-status">
      <h3>Storage</h3>
      <p>
        Persistent storage:{' '}
        {state.persisted === true ? (
          <strong>granted</strong>
        ) : state.persisted === false ? (
          <>
            <strong>not granted</strong>. The browser may clear the journal when the disk runs low;
            export backups regularly.
          </>
        ) : (
          'unknown in this browser'
        )}
      </p>
      {state.usage !== null && (
        <p className="hint">
          Using {megabytes(state.usage, locale)}
          {state.quota ? ` of the ${megabytes(state.quota, locale)} available` : ''}.
        </p>
      )}
    </div>
  )
}
