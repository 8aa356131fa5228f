// Quick capture as a person uses it, with the real data layer on fake IndexedDB: a title
// and a few words become a valid entry of the chosen kind, dated today, with suggested
// competencies; Esc cancels; problems are said next to the field and nothing typed is lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  ENTRY_KINDS,
  KIND_LABELS,
  suggestCompetencies,
  validateEntry,
  type Entry,
} from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { db } from '../../../../renderer/src/data/db'
import { platform } from '../../../../renderer/src/platform'
import { QuickCapture } from '../../../../renderer/src/features/capture'

const today = () => localIsoDate(new Date())
const close = vi.fn(async () => undefined)

function asDesktop() {
  platform.capture = {
    getSettings: vi.fn(),
    setSettings: vi.fn(),
    close,
  }
}

beforeEach(async () => {
  await db.open()
  await db.entries.clear()
  close.mockReset()
  close.mockResolvedValue(undefined)
  platform.capture = null
})
afterEach(() => {
  vi.restoreAllMocks()
  platform.capture = null
})

async function open() {
  const user = userEvent.setup()
  const { unmount } = render(<QuickCapture />)
  const title = await screen.findByLabelText('Title')
  return {
    user,
    unmount,
    title,
    notes: screen.getByLabelText('Notes'),
    kind: screen.getByLabelText('Kind'),
  }
}

async function stored(): Promise<Entry[]> {
  return (await db.entries.toArray()) as Entry[]
}

describe('quick capture', () => {
  it('opens with the title focused, the three kinds offered and the window titled', async () => {
    const { title } = await open()
    expect(title).toHaveFocus()
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
      ENTRY_KINDS.map((kind) => KIND_LABELS[kind]),
    )
    expect(document.title).toBe('Quick capture – Leadlog')
  })

  it('saves a valid entry dated today with the competencies its words suggest, then closes', async () => {
    asDesktop()
    const { user, title, notes, kind } = await open()
    await user.selectOptions(kind, 'Stakeholder win')
    await user.type(title, 'Steering committee approved the budget')
    await user.type(notes, 'The CFO thanked me for the forecast.')
    expect(screen.getByText(/Evidence of:/)).toHaveTextContent('Stakeholder leadership')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(close).toHaveBeenCalledTimes(1))
    const [entry] = await stored()
    expect(entry).toMatchObject({
      kind: 'stakeholder-win',
      title: 'Steering committee approved the budget',
      notes: 'The CFO thanked me for the forecast.',
      occurredOn: today(),
      stakeholder: { name: '', level: 'senior' },
      people: [],
      tags: [],
    })
    expect(entry!.competencies).toEqual(
      suggestCompetencies(
        'stakeholder-win',
        'Steering committee approved the budget The CFO thanked me for the forecast.',
      ),
    )
    expect(entry!.competencies).toEqual(expect.arrayContaining(['stakeholders', 'business']))
    expect(validateEntry(entry, today()).ok).toBe(true)
  })

  it.each(ENTRY_KINDS)('saves a %s the journal accepts', async (kindId) => {
    asDesktop()
    const { user, title, kind } = await open()
    await user.selectOptions(kind, KIND_LABELS[kindId])
    await user.type(title, 'Noted in passing')
    await user.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(close).toHaveBeenCalled())
    const [entry] = await stored()
    expect(entry?.kind).toBe(kindId)
    expect(validateEntry(entry, today())).toMatchObject({ ok: true })
  })

  it('Ctrl+Enter in the notes saves instead of starting a new line; Ctrl+S saves too', async () => {
    asDesktop()
    const { user, title, notes, unmount } = await open()
    await user.type(title, 'Coached Sam through the outage review')
    await user.type(notes, 'Sam led it')
    await user.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1))
    expect((await stored())[0]?.notes).toBe('Sam led it')

    unmount()
    await db.entries.clear()
    const second = await open()
    await user.type(second.title, 'Said no to the scope creep')
    await user.keyboard('{Control>}s{/Control}')
    await waitFor(() => expect(close).toHaveBeenCalledTimes(2))
    expect(await stored()).toHaveLength(1)
  })

  it('Esc cancels: the window closes and nothing is saved', async () => {
    asDesktop()
    const { user, title } = await open()
    await user.type(title, 'Half a thought')
    await user.keyboard('{Escape}')
    expect(close).toHaveBeenCalledTimes(1)
    expect(await stored()).toEqual([])
  })

  it('says what is missing next to the title, and saves nothing', async () => {
    asDesktop()
    const { user, title, notes } = await open()
    await user.type(notes, 'Words without a title')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription('Give the moment a title, a few words are enough.')
    expect(title).toHaveFocus()
    expect(notes).toHaveValue('Words without a title')
    expect(close).not.toHaveBeenCalled()
    expect(await stored()).toEqual([])
    await user.type(title, 'Now titled')
    expect(title).not.toHaveAttribute('aria-invalid')
  })

  it('a failed save says why, keeps everything typed, and the next try saves', async () => {
    asDesktop()
    const { user, title, notes, kind } = await open()
    await user.selectOptions(kind, 'Difficult conversation')
    await user.type(title, 'Told the vendor the date would slip')
    await user.type(notes, 'They pushed back hard.')
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
    const put = vi
      .spyOn(db.entries, 'put')
      .mockRejectedValueOnce(
        Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }),
      )
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Not saved: the disk is full.*What you typed is still here/,
    )
    expect(title).toHaveValue('Told the vendor the date would slip')
    expect(notes).toHaveValue('They pushed back hard.')
    expect(kind).toHaveValue('difficult-conversation')
    expect(close).not.toHaveBeenCalled()

    put.mockRestore()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1))
    expect((await stored())[0]?.title).toBe('Told the vendor the date would slip')
  })

  it('in a browser: says it is saved and empties the form for the next one', async () => {
    const { user, title, notes, kind } = await open()
    await user.selectOptions(kind, 'Difficult conversation')
    await user.type(title, 'Gave Alex hard feedback')
    await user.type(notes, 'Used SBI.')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Saved “Gave Alex hard feedback” to your journal.',
      ),
    )
    expect(title).toHaveValue('')
    expect(notes).toHaveValue('')
    expect(kind).toHaveValue('difficult-conversation')
    expect(title).toHaveFocus()
    expect(await stored()).toHaveLength(1)
  })

  it('in a browser, Esc empties the form (there is no window to close)', async () => {
    const { user, title } = await open()
    await user.type(title, 'Never mind')
    await user.keyboard('{Escape}')
    expect(title).toHaveValue('')
    expect(await stored()).toEqual([])
  })

  it('when the window cannot close after saving, it says it is saved', async () => {
    asDesktop()
    close.mockRejectedValueOnce(new Error('capture:close refused'))
    const { user, title } = await open()
    await user.type(title, 'Saved anyway')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saved “Saved anyway”'),
    )
    expect(await stored()).toHaveLength(1)
  })
})
