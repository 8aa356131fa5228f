// Settings section: everyone the journal names, and how share-safe documents describe
// each of them. One wording per person, saved into every entry that names them.
import { useId, useState, type FormEvent } from 'react'
import { LEVEL_WORDS, type JournalPerson } from '../../../../shared/entry'
import { formatNumber } from '../../../../shared/format'
import { usePeopleSettings } from './usePeopleSettings'
import './settings.css'

export function PeopleSettings() {
  const id = useId()
  const { people, status, save } = usePeopleSettings()
  return (
    <section className="card settings-section people-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>People</h2>
      <p className="hint" id={`${id}-hint`}>
        Shared documents (the review, bullets, the promotion case) describe people instead of naming
        them when share-safe is on. Set how someone is described once: it is saved in every entry
        that names them. Leave it empty to describe them from their role and level.
      </p>
      {people !== undefined && people.length === 0 && (
        <p className="people-empty">
          Nobody is named in your journal yet. When an entry names someone (a counterpart, a
          stakeholder or anyone involved), they appear here.
        </p>
      )}
      {people !== undefined && people.length > 0 && (
        <div className="people-table-wrap">
          <table className="people-table" aria-describedby={`${id}-hint`}>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="num">
                  Entries
                </th>
                <th scope="col">Shared documents say</th>
                <th scope="col">Describe as</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <PersonRow key={person.key} person={person} onSave={save} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className={status?.error ? 'error' : 'hint'} role="status">
        {status?.text}
      </p>
    </section>
  )
}

function PersonRow({
  person,
  onSave,
}: {
  person: JournalPerson
  onSave(person: JournalPerson, describeAs: string): Promise<boolean>
}) {
  const id = useId()
  // null while the input shows what is saved; the user's text once they type.
  const [draft, setDraft] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const saved = person.describeAs ?? ''
  const value = draft ?? saved
  const dirty = draft !== null && draft.trim() !== saved

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!dirty || busy) return
    setBusy(true)
    if (await onSave(person, value)) setDraft(null)
    setBusy(false)
  }

  const details = [person.role, LEVEL_WORDS[person.level]].filter(Boolean).join(' · ')
  // A wording that names someone is not used: documents fall back to role and level.
  const overruled = saved !== '' && person.description !== saved
  return (
    <tr>
      <th scope="row">
        <span className="person-name">{person.name}</span>
        <span className="person-details">{details}</span>
      </th>
      <td className="num">
        {formatNumber(person.entries)}
        {/* Read out everywhere, seen in the narrow layout where the column heading is gone. */}
        <span className="people-count-unit visually-hidden">
          {' '}
          {person.entries === 1 ? 'entry' : 'entries'}
        </span>
      </td>
      <td>
        “{person.description}”
        {overruled && (
          <span className="person-details">Your wording holds a name, so it is not used.</span>
        )}
      </td>
      <td>
        <form className="describe-as-form" onSubmit={(event) => void submit(event)}>
          <label className="visually-hidden" htmlFor={`${id}-input`}>
            Describe {person.name} as
          </label>
          <input
            id={`${id}-input`}
            type="text"
            value={value}
            placeholder={person.fallback}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && draft !== null) setDraft(null)
            }}
          />
          <button
            type="submit"
            disabled={!dirty || busy}
            aria-label={`Save description of ${person.name}`}
          >
            Save
          </button>
        </form>
      </td>
    </tr>
  )
}
