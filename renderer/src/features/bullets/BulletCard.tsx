// One ranked bullet: its text (or the editor), checks, hints and actions.
import { useState } from 'react'
import type { Bullet } from '../../../../shared/bullets'
import { COMPETENCY_BY_ID } from '../../../../shared/entry'
import type { Entry } from '../../../../shared/entry'
import {
  clearBulletText,
  keepBulletText,
  saveBulletText,
  setBulletHidden,
  setBulletPinned,
} from '../../data/bulletEdits'
import { useNavigation } from '../../app/navigation'
import { BulletEditor } from './BulletEditor'
import { CheckBadges } from './CheckBadges'
import type { BulletItem } from './useBulletItems'

interface Props {
  item: BulletItem
  check(text: string, entry: Entry): Pick<Bullet, 'checks' | 'hints'>
  copy(text: string, what: string): void
  report(message: string): void
}

export function BulletCard({ item, check, copy, report }: Props) {
  const [editing, setEditing] = useState(false)
  const { bullet, entry } = item
  const rank = bullet.rank
  const hintsId = `bullet-${rank}-hints`

  function run(action: Promise<unknown>, done?: string) {
    action.then(
      () => done && report(done),
      (error: unknown) => report(error instanceof Error ? error.message : String(error)),
    )
  }

  return (
    <li
      className={`card bullet-card${item.hidden ? ' is-hidden' : ''}`}
      aria-label={`Bullet ${rank}`}
    >
      <div className="bullet-head">
        <span className="bullet-rank" aria-hidden="true">
          {rank}
        </span>
        <div className="bullet-body">
          {editing ? (
            <BulletEditor
              initial={item.text}
              check={(text) => check(text, entry)}
              save={(text) => saveBulletText(entry, text)}
              close={() => setEditing(false)}
            />
          ) : (
            <>
              <p className="bullet-text" tabIndex={0} aria-describedby={hintsId}>
                {item.text}
              </p>
              <CheckBadges checks={item.checks} length={item.text.length} />
            </>
          )}
          {editing ? null : (
            <ul className="bullet-hints hint" id={hintsId} aria-label="Hints">
              {item.hints.map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ul>
          )}
          {item.stale ? (
            <div className="bullet-stale" role="group" aria-label="Entry changed">
              <p>
                <strong>Entry changed since you edited this — review.</strong> New suggestion:{' '}
                <q>{bullet.text}</q>
              </p>
              <div className="row">
                <button type="button" onClick={() => run(keepBulletText(entry), 'Kept your text.')}>
                  Keep my text
                </button>
                <button
                  type="button"
                  onClick={() => run(clearBulletText(entry), 'Using the new suggestion.')}
                >
                  Use new suggestion
                </button>
              </div>
            </div>
          ) : null}
          <p className="bullet-meta hint">
            {item.edited ? <span className="badge">Edited</span> : null}
            {item.pinned ? <span className="badge">Pinned</span> : null}
            {item.hidden ? <span className="badge">Hidden</span> : null}{' '}
            {bullet.competencies.map((id) => COMPETENCY_BY_ID[id].name).join(' · ')} ·{' '}
            <button
              type="button"
              className="link"
              onClick={() => useNavigation.getState().openEntry(entry.id)}
            >
              Open entry: {entry.title}
            </button>
          </p>
          {editing ? null : (
            <div className="row bullet-actions">
              <button type="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" onClick={() => copy(item.shareText, `bullet ${rank}`)}>
                Copy
              </button>
              <button type="button" onClick={() => run(setBulletPinned(entry, !item.pinned))}>
                {item.pinned ? 'Unpin' : 'Pin'}
              </button>
              <button
                type="button"
                onClick={() =>
                  run(
                    setBulletHidden(entry, !item.hidden),
                    item.hidden ? undefined : 'Bullet hidden.',
                  )
                }
              >
                {item.hidden ? 'Unhide' : 'Hide'}
              </button>
              {item.edited && !item.stale ? (
                <button type="button" onClick={() => run(clearBulletText(entry))}>
                  Use suggestion
                </button>
              ) : null}
            </div>
          )}
        </div>
      </div>
    </li>
  )
}
