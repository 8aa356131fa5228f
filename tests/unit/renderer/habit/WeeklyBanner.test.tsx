// The weekly reminder in the browser build: an in-app banner when due, gone when not;
// "Write it now" starts an entry of the question's kind; answering or dismissing records
// that it showed, so it does not come back that week.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, configure, render, screen } from '@testing-library/react'
import { db } from '../../../../renderer/src/data/db'
import { getSettings, updateSettings } from '../../../../renderer/src/data/settings'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { platform } from '../../../../renderer/src/platform'
import { useWeeklyReminder, WeeklyBanner } from '../../../../renderer/src/features/habit'
import {
  clockAt,
  entryOn,
  resetHabit,
  seedQuietJournal,
  settle,
  SIX_WEEKS_QUESTION,
  ZONE,
} from './helpers'

configure({ asyncUtilTimeout: 5000 })

function Shell() {
  useWeeklyReminder()
  return <WeeklyBanner />
}

/** Recorded when answered: vi.waitFor moves a fake clock on a little while it waits. */
function expectShownNear(shownAt: string | undefined, when: string) {
  expect(shownAt).toBeDefined()
  const lag = Date.parse(shownAt!) - Date.parse(when)
  expect(lag).toBeGreaterThanOrEqual(0)
  expect(lag).toBeLessThan(10_000)
}

const banner = () => screen.queryByRole('status', { name: 'Weekly reminder' })

beforeAll(() => vi.stubEnv('TZ', ZONE))
afterAll(() => vi.unstubAllEnvs())
beforeEach(resetHabit)
afterEach(() => vi.useRealTimers())

describe('the weekly banner (browser build)', { timeout: 30_000 }, () => {
  it('runs in the browser build here', () => {
    expect(platform.kind).toBe('browser')
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(ZONE)
  })

  it('appears when due, with the question aimed at the biggest gap', async () => {
    await seedQuietJournal()
    clockAt('2026-07-10T15:30:00Z') // Friday 16:30 BST
    render(<Shell />)
    await vi.waitFor(() => expect(banner()).toHaveTextContent(SIX_WEEKS_QUESTION))
    expect(screen.getByRole('button', { name: 'Write it now' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Not this week' })).toBeInTheDocument()
    // Showing it is not answering it: a reload the same day shows it again.
    expect((await getSettings()).reminderShownAt).toBeUndefined()
  })

  it('stays away while something was logged this week, and goes when something is', async () => {
    await seedQuietJournal()
    const recent = entryOn('2026-07-08')
    await db.entries.put(recent)
    clockAt('2026-07-10T15:30:00Z')
    render(<Shell />)
    await act(() => settle(150))
    expect(banner()).toBeNull()
    // Moved to the trash, it no longer counts: the reminder is due.
    await act(() => db.entries.update(recent.id, { deletedAt: '2026-07-10T15:29:00.000Z' }))
    await vi.waitFor(() => expect(banner()).not.toBeNull())
    // Logging something now takes the banner away.
    await act(() => db.entries.put(entryOn('2026-07-10', { createdAt: '2026-07-10T15:30:00Z' })))
    await vi.waitFor(() => expect(banner()).toBeNull())
  })

  it('checks every minute: nothing before Friday 16:00, the banner once the minute comes', async () => {
    await seedQuietJournal()
    clockAt('2026-07-10T14:59:10Z', true) // Friday 15:59:10 BST
    render(<Shell />)
    await act(() => settle(150))
    expect(banner()).toBeNull()
    await act(async () => {
      vi.advanceTimersByTime(60_000)
    })
    await vi.waitFor(() => expect(banner()).toHaveTextContent(SIX_WEEKS_QUESTION))
  })

  it('is not shown when switched off, and is once switched on', async () => {
    await seedQuietJournal({ reminder: { enabled: false, weekday: 5, time: '16:00' } })
    clockAt('2026-07-10T15:30:00Z')
    render(<Shell />)
    await act(() => settle(150))
    expect(banner()).toBeNull()
    await act(() => updateSettings({ reminder: { enabled: true, weekday: 5, time: '16:00' } }))
    await vi.waitFor(() => expect(banner()).not.toBeNull())
  })

  it('"Write it now" starts an entry of the question’s kind and records that it showed', async () => {
    await seedQuietJournal()
    clockAt('2026-07-10T15:30:00Z', true)
    render(<Shell />)
    const write = await vi.waitFor(() => screen.getByRole('button', { name: 'Write it now' }))
    await act(async () => write.click())
    expect(useNavigation.getState()).toMatchObject({
      view: 'journal',
      newEntry: { kind: 'stakeholder-win', competency: 'stakeholders' },
    })
    expect(banner()).toBeNull()
    await vi.waitFor(async () =>
      expectShownNear((await getSettings()).reminderShownAt, '2026-07-10T15:30:00Z'),
    )
    // The next minutes do not bring it back.
    await act(async () => {
      vi.advanceTimersByTime(3 * 60_000)
    })
    await act(() => settle(100))
    expect(banner()).toBeNull()
  })

  it('"Not this week" dismisses it and records that it showed, without starting an entry', async () => {
    await seedQuietJournal()
    clockAt('2026-07-11T09:00:00Z', true) // Saturday: the missed Friday reminder
    render(<Shell />)
    const dismiss = await vi.waitFor(() => screen.getByRole('button', { name: 'Not this week' }))
    await act(async () => dismiss.click())
    expect(banner()).toBeNull()
    expect(useNavigation.getState().newEntry).toBeNull()
    await vi.waitFor(async () =>
      expectShownNear((await getSettings()).reminderShownAt, '2026-07-11T09:00:00Z'),
    )
    await act(async () => {
      vi.advanceTimersByTime(60_000)
    })
    await act(() => settle(100))
    expect(banner()).toBeNull()
  })

  it('asks the general question with no target role', async () => {
    await db.entries.put(entryOn('2026-05-29'))
    clockAt('2026-07-10T15:30:00Z')
    render(<Shell />)
    await vi.waitFor(() =>
      expect(banner()).toHaveTextContent(
        'Nothing logged this week: what did you lead, untangle or deliver?',
      ),
    )
    await act(async () => screen.getByRole('button', { name: 'Write it now' }).click())
    expect(useNavigation.getState().newEntry).toEqual({ kind: 'leadership-moment' })
  })
})
