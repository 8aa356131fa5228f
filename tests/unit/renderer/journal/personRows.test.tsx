// A person's "describe as" survives the editor: entry → form → entry, drafts, and the
// input that shows what share-safe documents say without it.
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  DRAFT_KEY,
  readDraft,
  writeDraft,
  type PersonRow,
} from '../../../../renderer/src/data/drafts'
import { EntryView } from '../../../../renderer/src/features/journal/EntryView'
import { formFromEntry, formToEntry } from '../../../../renderer/src/features/journal/entryForm'
import { PeopleField } from '../../../../renderer/src/features/journal/PeopleField'
import { PersonInputs } from '../../../../renderer/src/features/journal/PersonInputs'
import { conversation, moment } from './fixtures'

const TODAY = '2026-06-15'
const ids = () => 'new-id'

beforeEach(() => localStorage.clear())

describe('describe as, through the form', () => {
  const described = conversation('c', {
    occurredOn: '2026-06-01',
    counterpart: { name: 'Tom Berg', level: 'senior', describeAs: 'a senior engineer' },
    people: [
      { name: 'Aisha', role: 'Project manager', level: 'team', describeAs: 'a colleague' },
      { name: 'Raj', level: 'peer' },
    ],
  } as never)

  it('keeps every person’s own wording when an entry is edited and saved', () => {
    const form = formFromEntry(described)
    expect(form.counterpart.describeAs).toBe('a senior engineer')
    expect(form.people.map((p) => p.describeAs)).toEqual(['a colleague', ''])
    const { updatedAt: _u, ...rest } = described
    expect(formToEntry(form, TODAY, ids)).toEqual({ ok: true, entry: rest })
  })

  it('trims the wording, leaves it out when empty, and keeps a row that has only it', () => {
    const form = {
      ...formFromEntry(moment('m', { occurredOn: '2026-06-01' })),
      people: [
        { name: '', role: '', level: 'peer' as const, describeAs: '  the vendor’s lead ' },
        { name: 'Raj', role: '', level: 'team' as const, describeAs: '  ' },
      ],
    }
    const result = formToEntry(form, TODAY, ids)
    expect(result.ok && result.entry.people).toEqual([
      { name: '', level: 'peer', describeAs: 'the vendor’s lead' },
      { name: 'Raj', level: 'team' },
    ])
  })

  it('travels in a draft, and a draft written before it existed still reads', () => {
    const form = formFromEntry(described)
    writeDraft(form)
    expect(readDraft()?.form.counterpart.describeAs).toBe('a senior engineer')
    const { describeAs: _gone, ...olderRow } = form.counterpart
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ form: { ...form, counterpart: olderRow }, savedAt: 'then' }),
    )
    expect(readDraft()?.form.counterpart).toEqual({ name: 'Tom Berg', role: '', level: 'senior' })
  })
})

function Harness({ initial, compact }: { initial: PersonRow; compact?: boolean }) {
  const [row, setRow] = useState(initial)
  return (
    <>
      <PersonInputs who="Counterpart" value={row} onChange={setRow} compact={compact} />
      <output data-testid="row">{JSON.stringify(row)}</output>
    </>
  )
}

describe('PersonInputs', () => {
  it('shows the default description as the placeholder, following the role and level', async () => {
    const user = userEvent.setup()
    render(<Harness initial={{ name: 'Aisha', role: '', level: 'team' }} />)
    const describeAs = screen.getByRole('textbox', { name: 'Counterpart describe as (share-safe)' })
    expect(describeAs).toHaveAttribute('placeholder', 'a member of my team')
    expect(describeAs).toHaveAccessibleDescription(/Leave empty for “a member of my team”/)
    await user.type(screen.getByRole('textbox', { name: 'Counterpart role' }), 'Project manager')
    expect(describeAs).toHaveAttribute('placeholder', 'a project manager on my team')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Counterpart level' }),
      'executive',
    )
    expect(describeAs).toHaveAttribute('placeholder', 'a project manager')
    await user.type(describeAs, 'our delivery lead')
    expect(JSON.parse(screen.getByTestId('row').textContent ?? '')).toMatchObject({
      describeAs: 'our delivery lead',
    })
  })

  it('names each row’s input for screen readers in a list of people', async () => {
    const user = userEvent.setup()
    function List() {
      const [rows, setRows] = useState<PersonRow[]>([])
      return <PeopleField value={rows} onChange={setRows} />
    }
    render(<List />)
    await user.click(screen.getByRole('button', { name: 'Add person' }))
    const input = screen.getByRole('textbox', { name: 'Person 1 describe as (share-safe)' })
    expect(input).toHaveAttribute('placeholder', 'a member of my team')
  })
})

describe('the entry view', () => {
  it('shows people as name, role and level in words, never a level in parentheses', () => {
    const entry = conversation('c', {
      counterpart: { name: 'David Chen', role: 'Director of IT', level: 'senior' },
      people: [
        { name: 'Aisha', level: 'team' },
        { name: '', role: 'Auditor', level: 'peer' },
      ],
    } as never)
    render(<EntryView entry={entry} onEdit={vi.fn()} onDelete={vi.fn()} onClose={vi.fn()} />)
    const people = screen.getByText(/^David Chen/)
    expect(people).toHaveTextContent(
      'David Chen, Director of IT · senior; Aisha · team; Auditor · peer',
    )
    expect(people.textContent).not.toMatch(/\(/)
  })
})
