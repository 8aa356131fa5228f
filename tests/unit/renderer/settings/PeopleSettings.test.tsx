// The People panel: everyone the journal names, what documents call them, and one
// "describe as" per person saved into every entry that names them.
import { beforeEach, describe, expect, it } from 'vitest'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { PeopleSettings } from '../../../../renderer/src/features/settings/PeopleSettings'
import { conversation, moment } from '../journal/fixtures'

const david = { name: 'David Chen', role: 'Director of IT', level: 'senior' } as const
const aisha = { name: 'Aisha Rahman', role: 'Project manager', level: 'team' } as const

beforeEach(async () => {
  await db.open()
  await Promise.all([db.entries.clear(), db.bulletEdits.clear()])
})

// The machine running the tests may be busy: wait for what the user would see, patiently.
configure({ asyncUtilTimeout: 5000 })

describe('PeopleSettings', { timeout: 30_000 }, () => {
  it('says so when nobody is named yet', async () => {
    await db.entries.put(moment('a'))
    render(<PeopleSettings />)
    expect(await screen.findByText(/Nobody is named in your journal yet/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('lists each person once with role, level, entries and what documents say', async () => {
    await db.entries.bulkPut([
      moment('a', { people: [david, aisha] }),
      conversation('b', { counterpart: aisha } as never),
    ])
    render(<PeopleSettings />)
    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(
        /^Aisha RahmanProject manager · team2 entries“a project manager on my team”/,
      ),
      expect.stringMatching(/^David ChenDirector of IT · senior1 entry“the Director of IT”/),
    ])
    expect(screen.getByRole('textbox', { name: 'Describe David Chen as' })).toHaveAttribute(
      'placeholder',
      'the Director of IT',
    )
  })

  it('saves a wording for everyone with that name, from the keyboard, and shows it', async () => {
    const user = userEvent.setup()
    await db.entries.bulkPut([
      moment('a', { people: [aisha] }),
      conversation('b', { counterpart: aisha } as never),
    ])
    render(<PeopleSettings />)
    const input = await screen.findByRole('textbox', { name: 'Describe Aisha Rahman as' })
    const save = screen.getByRole('button', { name: 'Save description of Aisha Rahman' })
    expect(save).toBeDisabled()
    await user.type(input, 'a delivery lead on my team{Enter}')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Aisha Rahman is now described as “a delivery lead on my team” (2 entries updated).',
      ),
    )
    await screen.findByText('“a delivery lead on my team”')
    expect(input).toHaveValue('a delivery lead on my team')
    expect(input).toHaveFocus()
    const stored = await db.entries.toArray()
    expect(
      stored.map((e) => (e.kind === 'difficult-conversation' ? e.counterpart : e.people[0])),
    ).toEqual([
      { ...aisha, describeAs: 'a delivery lead on my team' },
      { ...aisha, describeAs: 'a delivery lead on my team' },
    ])

    // Emptied, the description comes from role and level again.
    await user.clear(input)
    await user.click(save)
    await screen.findByText('“a project manager on my team”')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Aisha Rahman is described from role and level again: “a project manager on my team” (2 entries updated).',
    )
  })

  it('shows why a save failed and keeps what was typed', async () => {
    const user = userEvent.setup()
    await db.entries.put(moment('a', { people: [aisha] }))
    render(<PeopleSettings />)
    const input = await screen.findByRole('textbox', { name: 'Describe Aisha Rahman as' })
    await user.click(input)
    await user.paste('x'.repeat(301))
    await user.keyboard('{Enter}')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Not saved: the description is longer than 300 characters.',
      ),
    )
    expect(input).toHaveValue('x'.repeat(301))
    expect((await db.entries.get('a'))?.people[0]).toEqual(aisha)
  })
})
