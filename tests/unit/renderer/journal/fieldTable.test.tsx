// The editor and the entry view read the field table: every text field of a kind is
// asked, in table order, with its label and prompt, and the other controls keep their
// places among them. Written against the table, so a new field is covered as it lands.
import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ENTRY_KINDS, textFieldsFor, type Entry, type EntryKind } from '../../../../shared/entry'
import { KindFields } from '../../../../renderer/src/features/journal/KindFields'
import { EntryView } from '../../../../renderer/src/features/journal/EntryView'
import { emptyForm } from '../../../../renderer/src/features/journal/entryForm'
import { conversation, moment } from './fixtures'

const TODAY = '2026-06-15'

function describedText(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

function renderFields(kind: EntryKind) {
  const update = vi.fn()
  const view = render(
    <KindFields
      kind={kind}
      form={emptyForm(kind, TODAY)}
      errors={{}}
      update={update}
      touch={vi.fn()}
    />,
  )
  return { update, container: view.container }
}

/** The labels and group names of the form, in the order a reader meets them. */
function landmarks(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.field-label > label, legend, label.check > span')]
    .map((node) => node.textContent ?? '')
    .filter((text) => !text.startsWith('As a ')) // the mode radio's two choices
}

const labels = (kind: EntryKind) => textFieldsFor(kind).map((field) => field.label)

describe('the editor’s guided fields', () => {
  it.each(ENTRY_KINDS)('asks every text field of a %s with its prompt', (kind) => {
    renderFields(kind)
    for (const field of textFieldsFor(kind)) {
      const control = screen.getByLabelText(field.label)
      expect(describedText(control)).toBe(field.prompt)
      if (field.rows === 1) expect(control).toHaveAttribute('type', 'text')
      else expect(control).toHaveAttribute('rows', String(field.rows))
    }
  })

  it('places the other controls where they have always been', () => {
    expect(landmarks(renderFields('leadership-moment').container)).toEqual([
      ...labels('leadership-moment'),
      'Did you act as a leader or as a manager?',
    ])
    const talk = labels('difficult-conversation')
    const said = talk.indexOf('What I said') + 1
    expect(landmarks(renderFields('difficult-conversation').container)).toEqual([
      'Counterpart',
      ...talk.slice(0, said),
      'Outcome',
      'Follow up on',
      ...talk.slice(said),
      'Resume-worthy: offer this conversation as a bullet',
    ])
    expect(landmarks(renderFields('stakeholder-win').container)).toEqual([
      'Stakeholder',
      ...labels('stakeholder-win'),
    ])
  })

  it('keeps the labels and prompts the app has always shown', () => {
    // Copied from the hand-written form the table replaced; the e2e tests find fields by them.
    const before: Record<EntryKind, [string, string][]> = {
      'leadership-moment': [
        [
          'Situation',
          'The context in a sentence or two: what was going on, and what was at stake?',
        ],
        ['Task', 'What was yours to own? Name the goal, not the activity.'],
        [
          'Action',
          'What did you do, personally? Start with a verb: decided, proposed, coached, fixed.',
        ],
        ['Result', 'What changed because of it? A number beats an adjective.'],
        ['Reflection', 'What would you repeat, and what would you change next time?'],
      ],
      'difficult-conversation': [
        ['Topic', 'What was the conversation about, in a few words?'],
        [
          'Preparation',
          'How did you prepare? Facts gathered, the outcome you wanted, what you expected to hear.',
        ],
        [
          'What I said',
          'Try SBI: the Situation, the specific Behaviour you saw, and its Impact. Then what you asked for.',
        ],
        ['Lesson', 'What would you do differently next time?'],
      ],
      'stakeholder-win': [
        ['What they needed', 'The problem or goal in their words, not yours.'],
        ['What I delivered', 'What you did and what they got. Be concrete about scale and timing.'],
        ['Their feedback', 'Paste their words if you can: a direct quote is gold in a review.'],
      ],
    }
    for (const kind of ENTRY_KINDS) {
      const { container } = renderFields(kind)
      for (const [label, hint] of before[kind]) {
        expect(describedText(screen.getByLabelText(label))).toBe(hint)
      }
      container.remove()
    }
  })

  it('writes what is typed to the field’s own name', async () => {
    const user = userEvent.setup()
    for (const kind of ENTRY_KINDS) {
      const { update, container } = renderFields(kind)
      for (const field of textFieldsFor(kind)) {
        update.mockClear()
        await user.type(screen.getByLabelText(field.label), 'x')
        expect(update).toHaveBeenLastCalledWith({ [field.name]: 'x' })
      }
      container.remove()
    }
  })
})

describe('the entry view', () => {
  it('shows the filled text fields under the table’s labels, in table order', () => {
    const entry = conversation('c', { preparation: '', lesson: '  Ask sooner.  ' } as never)
    render(<EntryView entry={entry} onEdit={vi.fn()} onDelete={vi.fn()} onClose={vi.fn()} />)
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings).toEqual(['Topic', 'What I said', 'Lesson'])
    expect(screen.getByText('Ask sooner.')).toBeInTheDocument()
  })

  it('labels every field of a kind as the editor does', () => {
    const filled = Object.fromEntries(
      textFieldsFor('leadership-moment').map((field) => [field.name, `${field.name} text`]),
    ) as Partial<Entry>
    render(
      <EntryView
        entry={moment('m', filled)}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
        onClose={vi.fn()}
      />,
    )
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings).toEqual(labels('leadership-moment'))
  })

  it('says where an imported entry came from', () => {
    const source = { format: 'markdown', file: 'brag.md', where: 'line 18' } as const
    render(
      <EntryView
        entry={moment('m', { source })}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
        onClose={vi.fn()}
      />,
    )
    expect(screen.getByText('Imported from').nextElementSibling).toHaveTextContent(
      'brag.md, line 18 (Markdown)',
    )
  })
})
