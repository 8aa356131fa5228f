// Shown while sample entries are in the journal, so no one mistakes them for their own.
// One line: what it is and the one thing to do about it.
import { removeSampleEntries } from '../../data/entries'
import { describeWriteError } from '../../data/writeErrors'

export function SampleBanner({ onNotify }: { onNotify(message: string): void }) {
  return (
    <div className="sample-banner" role="region" aria-label="Sample journal">
      <p>
        <strong>Sample journal.</strong> Explore it, then remove it to write your own.
      </p>
      <button
        type="button"
        onClick={() =>
          void removeSampleEntries().then(
            (n) => onNotify(`Removed ${n} sample ${n === 1 ? 'entry' : 'entries'}`),
            (error: unknown) => onNotify(describeWriteError(error)),
          )
        }
      >
        Remove sample entries
      </button>
    </div>
  )
}
