// The first-run screen: on the very first run the welcome's two questions, then what the
// three kinds are for, a way to start each one, and a sample journal to explore before
// writing anything. The offer stays visible under the welcome, so nothing waits on it.
import { useRef, useState } from 'react'
import { ENTRY_KINDS, KIND_LABELS, type EntryKind } from '../../../../shared/entry'
import { KindIcon } from '../../components/KindIcon'
import { describeWriteError } from '../../data/writeErrors'
import { Welcome } from '../welcome'
import { hasSampleJournal, loadSampleJournal } from './sampleJournal'
import './emptyState.css'

const KIND_SENTENCES: Record<EntryKind, string> = {
  'leadership-moment':
    'A time you led rather than coordinated: you set direction, developed someone or fixed a root cause.',
  'difficult-conversation':
    'A hard conversation you had or prepared for, with what you said, how it went and when to follow up.',
  'stakeholder-win':
    'Something you delivered that a stakeholder valued, best with their own words and a number.',
}

const START_LABELS: Record<EntryKind, string> = {
  'leadership-moment': 'Log a leadership moment',
  'difficult-conversation': 'Log a difficult conversation',
  'stakeholder-win': 'Log a stakeholder win',
}

export function EmptyState({ onStart }: { onStart(kind: EntryKind): void }) {
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const [welcomed, setWelcomed] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  return (
    <>
      <Welcome
        onFinished={(summary) => {
          setWelcomed(summary)
          // The welcome is gone; carry on from what comes next.
          heading.current?.focus()
        }}
      />
      <section className="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title" ref={heading} tabIndex={-1}>
          Start your leadership journal
        </h2>
        {/* Always in the page, so what the welcome kept is announced when it appears. */}
        <p className="welcome-done" role="status">
          {welcomed}
        </p>
        <p className="lead">
          Promotions are argued with concrete, dated examples. Log them here as they happen, in
          three kinds. Everything stays on this computer.
        </p>
        <ul className="kind-cards">
          {ENTRY_KINDS.map((kind) => (
            <li key={kind} className="card kind-card">
              <KindIcon kind={kind} size={22} />
              <h3>{KIND_LABELS[kind]}</h3>
              <p>{KIND_SENTENCES[kind]}</p>
              <button type="button" onClick={() => onStart(kind)}>
                {START_LABELS[kind]}
              </button>
            </li>
          ))}
        </ul>
        {hasSampleJournal && (
          <div className="sample-offer">
            <p className="hint">Want to see what a few months of good entries look like first?</p>
            <button
              type="button"
              disabled={loading}
              onClick={() => {
                setLoading(true)
                setError(null)
                loadSampleJournal().then(
                  () => setLoading(false),
                  (e: unknown) => {
                    setLoading(false)
                    setError(describeWriteError(e))
                  },
                )
              }}
            >
              Load sample journal
            </button>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
          </div>
        )}
      </section>
    </>
  )
}
