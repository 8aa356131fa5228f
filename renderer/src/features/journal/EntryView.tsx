// Reading one entry: the guided fields as headed sections, notes rendered as Markdown.
import { useId } from 'react'
import {
  COMPETENCY_BY_ID,
  FORMAT_LABELS,
  KIND_LABELS,
  PDU_CATEGORY_LABELS,
  labelledText,
  peopleOf,
  personLine,
  type Entry,
} from '../../../../shared/entry'
import { formatDay, formatMetric, formatNumber } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { KindIcon } from '../../components/KindIcon'
import { MarkdownView } from '../../components/LazyMarkdownView'

const OUTCOME_TEXT = {
  resolved: 'Resolved',
  'in-progress': 'In progress',
  unresolved: 'Unresolved',
}

export function EntryView({
  entry,
  onEdit,
  onDelete,
  onClose,
}: {
  entry: Entry
  onEdit(): void
  onDelete(): void
  onClose(): void
}) {
  const titleId = useId()
  // One entry on its own: its days written in full.
  const locale = useLocale()
  const others = peopleOf(entry)
  return (
    <article className="entry-view" aria-labelledby={titleId}>
      <header className="entry-view-head">
        <KindIcon kind={entry.kind} size={22} />
        <div className="grow">
          <p className="eyebrow">
            {KIND_LABELS[entry.kind]} · {formatDay(entry.occurredOn, locale, 'long')}
            {entry.sample && <span className="badge sample-badge">Sample</span>}
          </p>
          <h2 id={titleId}>{entry.title}</h2>
        </div>
        <button type="button" className="icon-button" aria-label="Close entry" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="row entry-actions">
        <button type="button" className="primary" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete
        </button>
      </div>

      <dl className="facts">
        {entry.kind === 'leadership-moment' && (
          <Fact label="Acted as">{entry.mode === 'leader' ? 'Leader' : 'Manager'}</Fact>
        )}
        {entry.kind === 'difficult-conversation' && (
          <>
            <Fact label="Outcome">{OUTCOME_TEXT[entry.outcome]}</Fact>
            {entry.followUpOn && (
              <Fact label="Follow up on">
                {formatDay(entry.followUpOn, locale, 'long')}
                {entry.followUpDoneAt ? ' (done)' : ''}
              </Fact>
            )}
          </>
        )}
        {others.length > 0 && <Fact label="People">{others.map(personLine).join('; ')}</Fact>}
        {entry.metric && <Fact label="Result">{formatMetric(entry.metric, locale)}</Fact>}
        {entry.pdu && (
          <Fact label="PDUs">
            {formatNumber(entry.pdu.hours, locale)} · {PDU_CATEGORY_LABELS[entry.pdu.category]}
            {entry.pdu.activity ? ` · ${entry.pdu.activity}` : ''}
            {entry.pdu.provider ? ` (${entry.pdu.provider})` : ''}
            {entry.pdu.reported ? ' · reported to PMI' : ' · not yet reported to PMI'}
          </Fact>
        )}
        <Fact label="Competencies">
          {entry.competencies.map((c) => COMPETENCY_BY_ID[c].name).join(', ')}
        </Fact>
        {entry.source && (
          // Where an imported entry came from, so it can be traced back to the user's file.
          <Fact label="Imported from">
            {entry.source.file}
            {entry.source.where ? `, ${entry.source.where}` : ''} (
            {FORMAT_LABELS[entry.source.format]})
          </Fact>
        )}
        {entry.tags.length > 0 && (
          <Fact label="Tags">
            {entry.tags.map((t) => (
              <span key={t} className="badge">
                {t}
              </span>
            ))}
          </Fact>
        )}
      </dl>

      {labelledText(entry).map(({ label, text }) => (
        <section key={label} className="entry-section">
          <h3>{label}</h3>
          <p className="prewrap">{text}</p>
        </section>
      ))}
      {entry.notes.trim() && (
        <section className="entry-section">
          <h3>Notes</h3>
          <MarkdownView text={entry.notes} />
        </section>
      )}
    </article>
  )
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
