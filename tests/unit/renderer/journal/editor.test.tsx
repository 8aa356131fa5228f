// The editor as a person uses it, inside the real Journal view with fake IndexedDB:
// inline validation, autosaved drafts that come back, saving, and a full disk. Quick
// entry (focus, chosen competencies, Details) has its own file, quickEntry.test.tsx.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ENTRY_KINDS, KIND_LABELS, textFieldsFor } from '../../../../shared/entry'
import { addDays, localIsoDate } from '../../../../shared/time'
import { db } from '../../../../renderer/src/data/db'
import { readDraft, writeDraft } from '../../../../renderer/src/data/drafts'
import { JournalView } from '../../../../renderer/src/features/journal/JournalView'
import { emptyForm } from '../../../../renderer/src/features/journal/entryForm'
import { useJournalUi } from '../../../../renderer/src/features/journal/journalSlice'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { useToast } from '../../../../renderer/src/app/toastSlice'
import { moment } from './fixtures'

const today = () => localIsoDate(new Date())

beforeEach(async () => {
  localStorage.clear()
  await db.open()
  await db.entries.clear()
  useJournalUi.setState(useJournalUi.getInitialState(), true)
  useToast.setState(useToast.getInitialState(), true)
})
afterEach(() => vi.restoreAllMocks())

async function openEditor() {
  const user = userEvent.setup()
  render(<JournalView />)
  await screen.findByRole('heading', { name: 'Start your leadership journal' })
  await user.click(screen.getByRole('button', { name: 'New entry' }))
  const form = await screen.findByRole('form', { name: 'New entry' })
  return { user, form: within(form) }
}

/** Opens "Details", where the kind's guided questions, people, metric and tags wait. */
async function openDetails(user: ReturnType<typeof userEvent.setup>, form: Form) {
  await user.click(form.getByRole('button', { name: 'Details' }))
}
type Form = ReturnType<typeof within>

function describedText(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('entry editor', () => {
  it('offers the three kinds and the labelled fields', async () => {
    const { form } = await openEditor()
    const kind = form.getByLabelText('Kind')
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Leadership moment', 'Difficult conversation', 'Stakeholder win'])
    expect(form.getByLabelText('Date')).toHaveAttribute('max', today())
    expect(form.getByLabelText('Title')).toHaveValue('')
    await userEvent.click(form.getByRole('button', { name: 'All competencies' }))
    expect(form.getAllByRole('checkbox')).toHaveLength(10)
  })

  it('asks each kind’s questions from the field table', async () => {
    const { user, form } = await openEditor()
    await openDetails(user, form)
    for (const kind of ENTRY_KINDS) {
      await user.selectOptions(form.getByLabelText('Kind'), KIND_LABELS[kind])
      for (const field of textFieldsFor(kind)) {
        expect(describedText(form.getByLabelText(field.label))).toBe(field.prompt)
      }
    }
  })

  it('explains what is missing, tied to the fields, and saves nothing', async () => {
    const { user, form } = await openEditor()
    await user.click(form.getByRole('button', { name: 'Save' }))
    // The kind alone chose a competency: only the title is missing.
    expect(await form.findByRole('alert')).toHaveTextContent(
      'Not saved: one field needs attention.',
    )
    const title = form.getByLabelText('Title')
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(describedText(title)).toContain('Give the entry a title.')
    await waitFor(() => expect(title).toHaveFocus())

    await user.click(form.getByRole('button', { name: 'Remove Results and root causes' }))
    await user.click(form.getByRole('button', { name: 'Save' }))
    expect(await form.findByRole('alert')).toHaveTextContent('Not saved: 2 fields need attention.')
    const picker = form.getByRole('group', { name: 'Competencies' })
    expect(picker).toHaveAttribute('aria-invalid', 'true')
    expect(describedText(picker)).toContain('Pick at least one competency this is evidence of.')
    expect(await db.entries.count()).toBe(0)
  })

  it('checks the date and the metric as they are left', async () => {
    const { user, form } = await openEditor()
    const date = form.getByLabelText('Date')
    await user.clear(date)
    await user.type(date, addDays(today(), 1))
    await user.tab()
    expect(describedText(date)).toContain('This date is in the future')
    await openDetails(user, form)
    const value = form.getByLabelText('Value')
    await user.type(value, 'lots')
    await user.tab()
    expect(value).toHaveAttribute('aria-invalid', 'true')
    expect(describedText(value)).toContain('Enter a number, such as 18 or 2.5.')
  })

  it('suggests competencies from the kind and the words', async () => {
    const { user, form } = await openEditor()
    await user.selectOptions(form.getByLabelText('Kind'), 'Difficult conversation')
    await user.type(form.getByLabelText('Title'), 'Budget pushback from the CFO')
    // The two likeliest are chosen; the next is a click away.
    const chosen = form.getByRole('list', { name: 'Chosen competencies' })
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((c) => c.textContent),
    ).toEqual(['Difficult conversations×', 'Stakeholder leadership×'])
    const suggested = form.getByLabelText('Suggested competencies')
    await user.click(
      within(suggested).getByRole('button', { name: '+ Business and financial acumen' }),
    )
    expect(form.getByRole('button', { name: 'Remove Business and financial acumen' })).toBeVisible()
    await user.click(form.getByRole('button', { name: 'All competencies' }))
    expect(form.getByRole('checkbox', { name: 'Business and financial acumen' })).toBeChecked()
  })

  it('saves a valid entry, shows it and clears the draft', async () => {
    const { user, form } = await openEditor()
    await user.selectOptions(form.getByLabelText('Kind'), 'Stakeholder win')
    await user.type(form.getByLabelText('Title'), 'Close two days faster')
    await openDetails(user, form)
    await user.type(form.getByLabelText('Their feedback'), 'Best close in years')
    await waitFor(() => expect(readDraft()?.form.title).toBe('Close two days faster'))
    await user.click(form.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('article', { name: 'Close two days faster' })).toBeVisible()
    const [saved] = await db.entries.toArray()
    expect(saved).toMatchObject({
      kind: 'stakeholder-win',
      title: 'Close two days faster',
      occurredOn: today(),
      competencies: ['stakeholders'],
      feedback: 'Best close in years',
    })
    expect(readDraft()).toBeNull()
  })

  it('brings back a draft left by a reload', async () => {
    writeDraft({
      ...emptyForm('difficult-conversation', today()),
      title: 'Unfinished',
      whatISaid: 'When you',
    })
    render(<JournalView />)
    expect(await screen.findByText('Restored your unsaved draft.')).toBeVisible()
    expect(screen.getByLabelText('Title')).toHaveValue('Unfinished')
    expect(screen.getByLabelText('What I said')).toHaveValue('When you')
  })

  it('keeps the text when the disk is full', async () => {
    const { user, form } = await openEditor()
    await user.type(form.getByLabelText('Title'), 'Written on a full disk')
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
    vi.spyOn(db.entries, 'put').mockRejectedValue(
      Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }),
    )
    await user.click(form.getByRole('button', { name: 'Save' }))
    expect(await form.findByRole('alert')).toHaveTextContent('Not saved: the disk is full')
    expect(form.getByLabelText('Title')).toHaveValue('Written on a full disk')
    expect(readDraft()?.form.title).toBe('Written on a full disk')
  })

  it('asks before Escape throws away changes', async () => {
    const { user, form } = await openEditor()
    await user.type(form.getByLabelText('Title'), 'Half a thought')
    await user.keyboard('{Escape}')
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }))
    expect(screen.getByLabelText('Title')).toHaveValue('Half a thought')
    await user.keyboard('{Escape}')
    await user.click(await screen.findByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument())
    expect(readDraft()).toBeNull()
  })

  it('saves with Ctrl+S', async () => {
    const { user, form } = await openEditor()
    await user.type(form.getByLabelText('Title'), 'Saved from the keyboard')
    await user.click(form.getByRole('button', { name: 'Remove Results and root causes' }))
    await user.click(form.getByRole('checkbox', { name: 'Developing people' }))
    await user.keyboard('{Control>}s{/Control}')
    expect(await screen.findByRole('article', { name: 'Saved from the keyboard' })).toBeVisible()
    expect((await db.entries.toArray())[0]?.competencies).toEqual(['people'])
  })
})

describe('requests from other views', () => {
  it('starts a new entry with the requested kind and competency', async () => {
    useNavigation.getState().startNewEntry({ kind: 'stakeholder-win', competency: 'business' })
    render(<JournalView />)
    const form = within(await screen.findByRole('form', { name: 'New entry' }))
    expect(form.getByLabelText('Kind')).toHaveValue('stakeholder-win')
    // The requested competency is the choice: the kind's usual one is only offered.
    const chosen = form.getByRole('list', { name: 'Chosen competencies' })
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((c) => c.textContent),
    ).toEqual(['Business and financial acumen×'])
    expect(useNavigation.getState().newEntry).toBeNull()
  })

  it('opens the requested entry', async () => {
    await db.entries.put(moment('linked', { title: 'Linked from Readiness' }))
    useNavigation.getState().openEntry('linked')
    render(<JournalView />)
    expect(await screen.findByRole('article', { name: 'Linked from Readiness' })).toBeVisible()
    expect(useNavigation.getState().openEntryId).toBeNull()
  })
})
