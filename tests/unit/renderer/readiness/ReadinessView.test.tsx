import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { updateSettings } from '../../../../renderer/src/data/settings'
import { ReadinessView } from '../../../../renderer/src/features/readiness/ReadinessView'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { computeReadiness } from '../../../../shared/readiness'
import type { DifficultConversation } from '../../../../shared/entry'
import { fixtureJournal, FIXTURE_AS_OF } from '../../../fixtures/journal'

// Recharts measures its container; jsdom has no layout, so give it a do-nothing observer.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})

const live = fixtureJournal.filter((e) => e.deletedAt === undefined)
const initialNav = useNavigation.getState()

beforeEach(async () => {
  // Only Date is faked: IndexedDB's timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 15, 12, 0, 0))
  await db.entries.clear()
  await db.settings.clear()
  useNavigation.setState(initialNav, true)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('ReadinessView', () => {
  it('asks for a target role on first run, then shows the score for it', async () => {
    await db.entries.bulkPut(fixtureJournal)
    const user = userEvent.setup()
    render(<ReadinessView />)
    await user.click(await screen.findByRole('radio', { name: /PMO leader/ }))
    await user.click(screen.getByRole('button', { name: 'Use this role' }))
    expect(await screen.findByRole('heading', { name: /Readiness for PMO leader/ })).toBeVisible()
    const expected = computeReadiness(live, { asOf: FIXTURE_AS_OF, role: 'pmo-lead' })
    expect(screen.getByLabelText(`Score ${Math.round(expected.score)} out of 100`)).toBeVisible()
  })

  it('shows an empty state with a way to log the first entry', async () => {
    await updateSettings({ targetRole: 'director-ops' })
    const user = userEvent.setup()
    render(<ReadinessView />)
    await user.click(await screen.findByRole('button', { name: 'Log your first entry' }))
    expect(useNavigation.getState()).toMatchObject({ view: 'journal', newEntry: {} })
  })

  it('explains a competency: its entries, newest first, with contributions, linking to the entry', async () => {
    await db.entries.bulkPut(fixtureJournal)
    await updateSettings({ targetRole: 'director-ops' })
    const expected = computeReadiness(live, { asOf: FIXTURE_AS_OF })
    const results = expected.competencies.find((c) => c.id === 'results')!
    const user = userEvent.setup()
    render(<ReadinessView />)
    await user.click(await screen.findByRole('button', { name: 'Results and root causes' }))
    const panel = screen.getByRole('region', { name: /Results and root causes: \d+ \/ 100/ })
    const items = within(panel).getAllByRole('listitem')
    expect(items).toHaveLength(results.evidence.length)
    const titles = results.evidence.map((e) => live.find((x) => x.id === e.entryId)!.title)
    items.forEach((item, i) => {
      expect(item).toHaveTextContent(titles[i]!)
      expect(item).toHaveTextContent(`+${results.evidence[i]!.contribution.toFixed(1)}`)
    })
    await user.click(within(panel).getByRole('button', { name: titles[0]! }))
    expect(useNavigation.getState()).toMatchObject({
      view: 'journal',
      openEntryId: results.evidence[0]!.entryId,
    })
  })

  it('offers next steps for the top gaps that start a new entry for that competency', async () => {
    await db.entries.bulkPut(fixtureJournal)
    await updateSettings({ targetRole: 'director-ops' })
    const expected = computeReadiness(live, { asOf: FIXTURE_AS_OF })
    const user = userEvent.setup()
    render(<ReadinessView />)
    const gaps = await screen.findByRole('region', { name: 'Biggest gaps and next steps' })
    for (const text of expected.gaps[0]!.suggestions) expect(gaps).toHaveTextContent(text)
    const buttons = within(gaps).getAllByRole('button', { name: /^Log a .* entry$/ })
    expect(buttons).toHaveLength(expected.gaps.length)
    await user.click(buttons[0]!)
    expect(useNavigation.getState().newEntry).toEqual({ competency: expected.gaps[0]!.id })
  })

  it('updates live when an entry is saved', async () => {
    await updateSettings({ targetRole: 'director-ops' })
    await db.entries.put(fixtureJournal[0]!)
    render(<ReadinessView />)
    const before = computeReadiness([fixtureJournal[0]!], { asOf: FIXTURE_AS_OF })
    expect(
      await screen.findByLabelText(`Score ${Math.round(before.score)} out of 100`),
    ).toBeVisible()
    await db.entries.bulkPut(fixtureJournal)
    const after = computeReadiness(live, { asOf: FIXTURE_AS_OF })
    expect(Math.round(after.score)).not.toBe(Math.round(before.score))
    expect(
      await screen.findByLabelText(`Score ${Math.round(after.score)} out of 100`),
    ).toBeVisible()
  })

  it('shows cadence, leader ratio and follow-ups from the report, with text alternatives', async () => {
    await db.entries.bulkPut(fixtureJournal)
    await updateSettings({ targetRole: 'director-ops' })
    const expected = computeReadiness(live, { asOf: FIXTURE_AS_OF })
    render(<ReadinessView />)
    const cadence = await screen.findByRole('region', { name: 'Logging cadence' })
    expect(cadence).toHaveTextContent(`${expected.cadence.activeWeeks} of 13 weeks`)
    expect(within(cadence).getAllByRole('listitem')).toHaveLength(13)
    const ratio = screen.getByRole('region', { name: 'Leader vs manager' })
    expect(ratio).toHaveTextContent(`${Math.round(expected.leaderRatio! * 100)}% as a leader`)
    const due = screen.getByRole('region', { name: 'Follow-ups due' })
    expect(due).toHaveTextContent(String(expected.followUpsDue))
    const dueLinks = within(due).queryAllByRole('button')
    expect(dueLinks).toHaveLength(Math.min(3, expected.followUpsDue))
    expect(
      screen.getByRole('img', { name: /Radar chart of your ten competency scores/ }),
    ).toBeVisible()
    expect(
      screen.getByRole('table', { name: 'Score at the end of each month' }),
    ).toBeInTheDocument()
  })

  it('lists due follow-ups, each opening its conversation in the journal', async () => {
    const talk = fixtureJournal.find(
      (e): e is DifficultConversation => e.kind === 'difficult-conversation' && !!e.followUpOn,
    )!
    const overdue: DifficultConversation = { ...talk, followUpOn: '2026-11-10' }
    await db.entries.put(overdue)
    await updateSettings({ targetRole: 'director-ops' })
    const user = userEvent.setup()
    render(<ReadinessView />)
    const due = await screen.findByRole('region', { name: 'Follow-ups due' })
    expect(due).toHaveTextContent('1')
    await user.click(within(due).getByRole('button', { name: talk.title }))
    expect(useNavigation.getState()).toMatchObject({ view: 'journal', openEntryId: talk.id })
  })
})
