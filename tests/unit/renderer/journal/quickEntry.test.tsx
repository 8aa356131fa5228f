// Quick entry inside the real Journal view with fake IndexedDB: the cursor starts in
// Title, a title alone saves with Ctrl+S under the competencies its words suggest, the
// chips, the required marks, "Details", drafts, and "focus the search" requests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { localIsoDate } from '../../../../shared/time'
import { db } from '../../../../renderer/src/data/db'
import { readDraft } from '../../../../renderer/src/data/drafts'
import { JournalView } from '../../../../renderer/src/features/journal/JournalView'
import { useNewEntryShortcut } from '../../../../renderer/src/features/journal/useNewEntryShortcut'
import { emptyForm } from '../../../../renderer/src/features/journal/entryForm'
import { useJournalUi } from '../../../../renderer/src/features/journal/journalSlice'
import { detailsFilled, startsAuto } from '../../../../renderer/src/features/journal/quickEntry'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { useToast } from '../../../../renderer/src/app/toastSlice'
import { conversation, moment } from './fixtures'

const today = () => localIsoDate(new Date())

beforeEach(async () => {
  localStorage.clear()
  await db.open()
  await db.entries.clear()
  useJournalUi.setState(useJournalUi.getInitialState(), true)
  useNavigation.setState(useNavigation.getInitialState(), true)
  useToast.setState(useToast.getInitialState(), true)
})
afterEach(() => vi.restoreAllMocks())

/** The journal as the app mounts it, with Ctrl/Cmd+N listening. */
function Journal() {
  useNewEntryShortcut()
  return <JournalView />
}

async function openEditor() {
  const user = userEvent.setup()
  const view = render(<Journal />)
  await screen.findByRole('heading', { name: 'Start your leadership journal' })
  await user.click(screen.getByRole('button', { name: 'New entry' }))
  const form = within(await screen.findByRole('form', { name: 'New entry' }))
  return { user, form, view }
}

const chips = (form: ReturnType<typeof within>) =>
  within(form.getByRole('list', { name: 'Chosen competencies' }))
    .getAllByRole('listitem')
    .map((chip) => chip.firstChild?.textContent)

describe('quick entry', () => {
  it('puts the cursor in Title when New entry is clicked', async () => {
    const { form } = await openEditor()
    expect(form.getByLabelText('Title')).toHaveFocus()
  })

  it('puts the cursor in Title on Ctrl+N, and saves a title alone on Ctrl+S', async () => {
    await db.entries.put(moment('old', { title: 'An older entry' }))
    const user = userEvent.setup()
    render(<Journal />)
    await screen.findByText('1 entry')
    await user.keyboard('{Control>}n{/Control}')
    const form = within(await screen.findByRole('form', { name: 'New entry' }))
    expect(form.getByLabelText('Title')).toHaveFocus()
    // No click anywhere: the words go straight into Title.
    await user.keyboard('Coached Priya on estimates')
    expect(chips(form)).toEqual(['Results and root causes', 'Developing people'])
    await user.keyboard('{Control>}s{/Control}')
    expect(await screen.findByRole('article', { name: 'Coached Priya on estimates' })).toBeVisible()
    const saved = await db.entries.get((await db.entries.toArray()).find((e) => e.id !== 'old')!.id)
    expect(saved).toMatchObject({
      title: 'Coached Priya on estimates',
      competencies: ['results', 'people'],
    })
  })

  it('shows the shortcut on the Save button', async () => {
    const { form } = await openEditor()
    const save = form.getByRole('button', { name: 'Save' })
    expect(save).toHaveTextContent(/Save\s*(Ctrl\+S|⌘S)/)
    expect(save).toHaveAttribute('aria-keyshortcuts')
  })

  it('saves with Ctrl+S from a field inside Details', async () => {
    const { user, form } = await openEditor()
    await user.keyboard('Fixed the release checklist')
    await user.click(form.getByRole('button', { name: 'Details' }))
    await user.type(form.getByLabelText('Situation'), 'Two failed releases')
    await user.keyboard('{Control>}s{/Control}')
    expect(
      await screen.findByRole('article', { name: 'Fixed the release checklist' }),
    ).toBeVisible()
    expect((await db.entries.toArray())[0]).toMatchObject({ situation: 'Two failed releases' })
  })
})

describe('the chosen competencies', () => {
  it('follow the words until the user changes them, then stay as chosen', async () => {
    const { user, form } = await openEditor()
    expect(chips(form)).toEqual(['Results and root causes'])
    await user.keyboard('Coached Priya')
    expect(chips(form)).toEqual(['Results and root causes', 'Developing people'])

    // Each chip's remove button is next in the keyboard order after Title.
    await user.tab()
    expect(form.getByRole('button', { name: 'Remove Results and root causes' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(chips(form)).toEqual(['Developing people'])

    // The words no longer change the choice; they still suggest.
    await user.type(form.getByLabelText('Title'), ' through the budget review')
    expect(chips(form)).toEqual(['Developing people'])
    const suggested = form.getByRole('group', { name: 'Suggested competencies' })
    await user.click(
      within(suggested).getByRole('button', { name: '+ Business and financial acumen' }),
    )
    expect(chips(form)).toEqual(['Developing people', 'Business and financial acumen'])

    await user.keyboard('{Control>}s{/Control}')
    await screen.findByRole('article', { name: /Coached Priya/ })
    expect((await db.entries.toArray())[0]?.competencies).toEqual(['people', 'business'])
  })

  it('offer the full list one click away, and open it when none is left', async () => {
    const { user, form } = await openEditor()
    expect(form.queryByRole('checkbox')).toBeNull()
    const toggle = form.getByRole('button', { name: 'All competencies' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.click(form.getByRole('checkbox', { name: 'Strategic thinking' }))
    expect(chips(form)).toEqual(['Results and root causes', 'Strategic thinking'])
    await user.click(toggle)
    expect(form.queryByRole('checkbox')).toBeNull()

    await user.click(form.getByRole('button', { name: 'Remove Results and root causes' }))
    await user.click(form.getByRole('button', { name: 'Remove Strategic thinking' }))
    expect(form.queryByRole('list', { name: 'Chosen competencies' })).toBeNull()
    expect(form.getAllByRole('checkbox')).toHaveLength(10)
  })

  it('are the user’s own in an edited entry: the words do not change them', async () => {
    await db.entries.put(moment('m1', { title: 'Set the roadmap', competencies: ['strategy'] }))
    useNavigation.getState().openEntry('m1')
    const user = userEvent.setup()
    render(<Journal />)
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const form = within(await screen.findByRole('form', { name: 'Edit entry' }))
    await user.type(form.getByLabelText('Title'), ' and coached the leads')
    expect(chips(form)).toEqual(['Strategic thinking'])
  })
})

describe('required fields', () => {
  it('are marked before anything is saved, to the eye and to screen readers', async () => {
    const { form } = await openEditor()
    expect(form.queryByRole('alert')).toBeNull()
    expect(form.getByLabelText('Title')).toHaveAttribute('aria-required', 'true')
    expect(form.getByLabelText('Date')).toHaveAttribute('aria-required', 'true')
    expect(form.getByLabelText('Kind')).not.toHaveAttribute('aria-required')
    expect(form.getAllByText('required')).toHaveLength(3)
    const picker = form.getByRole('group', { name: 'Competencies' })
    expect(picker).toHaveAccessibleDescription(/^Required\./)
  })

  it('do not complain when left empty, only when saved so', async () => {
    const { user, form } = await openEditor()
    await user.click(form.getByRole('button', { name: 'Details' }))
    expect(form.getByLabelText('Title')).not.toHaveAttribute('aria-invalid')
    await user.click(form.getByRole('button', { name: 'Save' }))
    expect(form.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true')
  })
})

describe('Details', () => {
  it('holds the guided questions, one click away, and stays open once opened', async () => {
    const { user, form } = await openEditor()
    const details = form.getByRole('button', { name: 'Details' })
    expect(details).toHaveAttribute('aria-expanded', 'false')
    expect(details).toHaveAccessibleDescription(/^Situation, task, action, result/)
    expect(form.queryByLabelText('Situation')).toBeNull()
    await user.click(details)
    expect(details).toHaveAttribute('aria-expanded', 'true')
    for (const label of ['Situation', 'Task', 'Action', 'Result', 'Value', 'Tags']) {
      expect(form.getByLabelText(label)).toBeVisible()
    }
    expect(form.getByRole('group', { name: 'People involved' })).toBeVisible()

    // The next entry starts with Details open, until the user closes it again.
    await user.click(form.getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'New entry' }))
    let next = within(await screen.findByRole('form', { name: 'New entry' }))
    expect(next.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true')
    await user.click(next.getByRole('button', { name: 'Details' }))
    await user.click(next.getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'New entry' }))
    next = within(await screen.findByRole('form', { name: 'New entry' }))
    expect(next.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('says, closed, how many details hold something', async () => {
    const { user, form } = await openEditor()
    const details = form.getByRole('button', { name: 'Details' })
    await user.click(details)
    await user.type(form.getByLabelText('Situation'), 'Three teams, one date')
    await user.type(form.getByLabelText('Tags'), 'planning')
    await user.click(details)
    expect(details).toHaveAccessibleDescription(/^2 filled · Situation/)
  })

  it('opens for an edited entry that has details', async () => {
    await db.entries.put(moment('m1', { title: 'Set the roadmap' }))
    useNavigation.getState().openEntry('m1')
    const user = userEvent.setup()
    render(<Journal />)
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const form = within(await screen.findByRole('form', { name: 'Edit entry' }))
    expect(form.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true')
    expect(form.getByLabelText('Situation')).toHaveValue('A situation')
  })

  it('opens when a field inside it stops the save, and focuses that field', async () => {
    const { user, form } = await openEditor()
    await user.keyboard('Cut the close by two days')
    const details = form.getByRole('button', { name: 'Details' })
    await user.click(details)
    await user.type(form.getByLabelText('Value'), 'lots')
    await user.type(form.getByLabelText('What it measures'), 'faster close')
    await user.click(details)
    await user.click(form.getByRole('button', { name: 'Save' }))
    expect(await form.findByRole('alert')).toHaveTextContent('one field needs attention')
    expect(details).toHaveAttribute('aria-expanded', 'true')
    await waitFor(() => expect(form.getByLabelText('Value')).toHaveFocus())
  })

  it('comes back from a draft with what was typed in it', async () => {
    const { user, form, view } = await openEditor()
    await user.selectOptions(form.getByLabelText('Kind'), 'Difficult conversation')
    await user.type(form.getByLabelText('Title'), 'Told Sam the date holds')
    await user.click(form.getByRole('button', { name: 'Details' }))
    await user.type(form.getByLabelText('What I said'), 'The launch date holds')
    await user.type(form.getByLabelText('Counterpart name'), 'Sam')
    await waitFor(() => expect(readDraft()?.form.whatISaid).toBe('The launch date holds'))
    // The draft keeps the competencies empty while the editor chooses them.
    expect(readDraft()?.form.competencies).toEqual([])
    view.unmount()

    // A reload: the slice forgets that Details was open; the draft's details open it.
    useJournalUi.setState(useJournalUi.getInitialState(), true)
    render(<Journal />)
    expect(await screen.findByText('Restored your unsaved draft.')).toBeVisible()
    const back = within(screen.getByRole('form', { name: 'New entry' }))
    expect(back.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true')
    expect(back.getByLabelText('What I said')).toHaveValue('The launch date holds')
    expect(back.getByLabelText('Counterpart name')).toHaveValue('Sam')
    expect(chips(back)).toEqual(['Difficult conversations'])
  })
})

describe('search focus requests', () => {
  it('focus the search box and select its text, also when made from another view', async () => {
    await db.entries.bulkPut([moment('m1', { title: 'Budget review' }), conversation('c1')])
    const user = userEvent.setup()
    // Asked before the journal is on screen ('/' in another view opens it).
    act(() => useNavigation.getState().focusSearch())
    render(<Journal />)
    const search = await screen.findByRole('searchbox', { name: 'Search' })
    await waitFor(() => expect(search).toHaveFocus())

    await user.type(search, 'budget')
    await user.click(document.body)
    expect(search).not.toHaveFocus()
    act(() => useNavigation.getState().focusSearch())
    expect(search).toHaveFocus()
    const input = search as HTMLInputElement
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'budget'.length])
  })

  it('are not answered again when the journal is shown later', async () => {
    await db.entries.put(moment('m1'))
    act(() => useNavigation.getState().focusSearch())
    const first = render(<Journal />)
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus())
    first.unmount()
    render(<Journal />)
    const search = await screen.findByRole('searchbox', { name: 'Search' })
    expect(search).not.toHaveFocus()
  })
})

describe('the rules behind quick entry', () => {
  it('let the editor choose only for a new entry with no competency yet', () => {
    const fresh = emptyForm('leadership-moment', today())
    expect(startsAuto(fresh)).toBe(true)
    expect(startsAuto(emptyForm('leadership-moment', today(), 'strategy'))).toBe(false)
    expect(startsAuto({ ...fresh, id: 'saved' })).toBe(false)
  })

  it('count the details that hold something, choices once they differ from the start', () => {
    const talk = emptyForm('difficult-conversation', today())
    expect(detailsFilled(talk)).toBe(0)
    expect(detailsFilled({ ...talk, title: 'Not a detail', notes: 'Nor this' })).toBe(0)
    expect(
      detailsFilled({
        ...talk,
        topic: 'Deadlines',
        counterpart: { ...talk.counterpart, role: 'Vendor lead' },
        outcome: 'resolved',
        tags: 'vendor',
        // Another kind's text is kept for switching back, but is not this kind's detail.
        situation: 'Ignored',
      }),
    ).toBe(4)
    expect(detailsFilled({ ...emptyForm('leadership-moment', today()), mode: 'manager' })).toBe(1)
  })
})
