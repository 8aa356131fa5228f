// The first-run welcome as a person meets it, in the journal's empty state with fake
// IndexedDB: the two questions, each answered or skipped, what is saved, and who never
// sees it.
import { beforeEach, describe, expect, it } from 'vitest'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { getSettings, updateSettings, useSettings } from '../../../../renderer/src/data/settings'
import { EmptyState } from '../../../../renderer/src/features/journal/EmptyState'
import { JournalView } from '../../../../renderer/src/features/journal/JournalView'
import { useJournalUi } from '../../../../renderer/src/features/journal/journalSlice'
import { finishedSummary } from '../../../../renderer/src/features/welcome/Welcome'
import { fixtureJournal } from '../../../fixtures/journal'

// Live queries settle slowly on a busy machine; wait for what the user would see.
configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  localStorage.clear()
  await db.open()
  await Promise.all([db.entries.clear(), db.settings.clear()])
  useJournalUi.setState(useJournalUi.getInitialState(), true)
})

async function openWelcome() {
  const user = userEvent.setup()
  render(<EmptyState onStart={() => {}} />)
  const welcome = await screen.findByRole('region', { name: 'Welcome to Leadlog' })
  return { user, welcome: within(welcome) }
}

/** Says when the settings have been read, as the welcome reads them. */
function SettingsRead() {
  return useSettings() ? <p>settings read</p> : null
}

const roleQuestion = 'Which role are you working towards?'
const yearQuestion = 'When does your company’s year start?'

describe('the first-run welcome', () => {
  it('asks for the role above the first-entry offer, which stays available', async () => {
    const { welcome } = await openWelcome()
    const roles = within(welcome.getByRole('group', { name: roleQuestion })).getAllByRole('radio')
    expect(
      roles.map((r) => r.closest('label')?.querySelector('.welcome-role-name')?.textContent),
    ).toEqual([
      'Director of Operations',
      'PMO leader',
      'IT director / VP',
      'First-time people manager',
      'Leader without direct reports',
    ])
    // No role is chosen for the user.
    expect(roles.filter((r) => (r as HTMLInputElement).checked)).toEqual([])
    expect(welcome.getByText('Question 1 of 2')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Log a leadership moment' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load sample journal' })).toBeInTheDocument()
  })

  it('saves the chosen role, then the month, then records that the welcome is done', async () => {
    const { user, welcome } = await openWelcome()
    await user.click(welcome.getByRole('radio', { name: /IT director \/ VP/ }))
    await user.click(welcome.getByRole('button', { name: 'Continue' }))
    await waitFor(async () => expect((await getSettings()).targetRole).toBe('it-director'))

    const month = await welcome.findByRole('combobox', { name: yearQuestion })
    expect(month).toHaveFocus()
    expect(month).toHaveDisplayValue('January')
    expect(welcome.getByText('Question 2 of 2')).toBeInTheDocument()
    expect((await getSettings()).welcomedAt).toBeUndefined()
    await user.selectOptions(month, 'April')
    await user.click(welcome.getByRole('button', { name: 'Continue' }))

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Welcome to Leadlog' })).toBeNull(),
    )
    const settings = await getSettings()
    expect(settings).toMatchObject({ targetRole: 'it-director', fiscalYearStartMonth: 4 })
    expect(Date.parse(settings.welcomedAt ?? '')).not.toBeNaN()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved: you are working towards IT director / VP, and your year starts in April. You can change either in Settings.',
    )
    // Then the offer: the kinds to start a first entry, and the sample journal.
    expect(screen.getByRole('heading', { name: 'Start your leadership journal' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Log a stakeholder win' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load sample journal' })).toBeInTheDocument()
  })

  it('skipping both questions records the welcome and leaves the role unchosen', async () => {
    const { user, welcome } = await openWelcome()
    await user.click(welcome.getByRole('button', { name: 'Skip for now' }))
    await welcome.findByRole('combobox', { name: yearQuestion })
    await user.click(welcome.getByRole('button', { name: 'Skip for now' }))
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Welcome to Leadlog' })).toBeNull(),
    )
    const settings = await getSettings()
    expect(settings.targetRole).toBeNull()
    expect(settings.fiscalYearStartMonth).toBe(1)
    expect(settings.welcomedAt).toBeDefined()
    expect(screen.getByRole('status')).toHaveTextContent(
      'You can choose your target role and when your year starts in Settings at any time.',
    )
  })

  it('keeps the month when only the role is skipped', async () => {
    const { user, welcome } = await openWelcome()
    await user.click(welcome.getByRole('button', { name: 'Skip for now' }))
    await user.selectOptions(await welcome.findByRole('combobox', { name: yearQuestion }), 'July')
    await user.click(welcome.getByRole('button', { name: 'Continue' }))
    await waitFor(async () => expect((await getSettings()).welcomedAt).toBeDefined())
    expect(await getSettings()).toMatchObject({ targetRole: null, fiscalYearStartMonth: 7 })
  })

  it('asks for a choice when Continue is pressed without one, and saves nothing', async () => {
    const { user, welcome } = await openWelcome()
    await user.click(welcome.getByRole('button', { name: 'Continue' }))
    expect(welcome.getByRole('alert')).toHaveTextContent(
      'Choose a role, or skip this question for now.',
    )
    expect(welcome.getByRole('group', { name: roleQuestion })).toHaveAccessibleDescription(
      /skip this question for now/,
    )
    expect(await getSettings()).toMatchObject({ targetRole: null })
    expect(welcome.queryByRole('combobox', { name: yearQuestion })).toBeNull()
  })

  it('starts from the role already chosen elsewhere', async () => {
    await updateSettings({ targetRole: 'pmo-lead' })
    const { welcome } = await openWelcome()
    expect(welcome.getByRole('radio', { name: /PMO leader/ })).toBeChecked()
  })

  it('is not shown once finished or skipped', async () => {
    await updateSettings({ welcomedAt: '2026-11-01T09:00:00.000Z' })
    render(
      <>
        <SettingsRead />
        <EmptyState onStart={() => {}} />
      </>,
    )
    // The same live query the welcome reads has answered: it would be showing by now.
    await screen.findByText('settings read')
    expect(screen.getByRole('heading', { name: 'Start your leadership journal' })).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Welcome to Leadlog' })).toBeNull()
  })

  it('is never shown to someone whose journal has entries', async () => {
    await db.entries.bulkPut(fixtureJournal)
    render(<JournalView />)
    await screen.findByRole('region', { name: 'Timeline' })
    expect(screen.queryByRole('region', { name: 'Welcome to Leadlog' })).toBeNull()
    expect(screen.queryByRole('radio', { name: /IT director/ })).toBeNull()
  })
})

describe('what the welcome says it kept', () => {
  it('names what was answered, and only that', () => {
    expect(finishedSummary('pmo-lead', null)).toBe(
      'Saved: you are working towards PMO leader. You can change it in Settings.',
    )
    expect(finishedSummary(null, 10)).toBe(
      'Saved: your year starts in October. You can change it in Settings.',
    )
  })
})
