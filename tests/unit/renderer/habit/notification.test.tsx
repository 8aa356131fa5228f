// The weekly reminder on the desktop: a system notification (the web Notification API,
// which Electron shows as an OS notification) titled "Leadlog: your week" with the
// question; clicking it brings the window forward on a new entry of the question's kind.
// It is recorded as shown at once, so it comes once a week. Without permission to notify,
// the in-app banner is shown instead.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, configure, render, screen } from '@testing-library/react'
import { getSettings } from '../../../../renderer/src/data/settings'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { useWeeklyReminder, WeeklyBanner } from '../../../../renderer/src/features/habit'
import { forgetLastNotification } from '../../../../renderer/src/features/habit/useWeeklyReminder'
import { clockAt, resetHabit, seedQuietJournal, settle, SIX_WEEKS_QUESTION, ZONE } from './helpers'

vi.mock('../../../../renderer/src/platform', () => ({ platform: { kind: 'desktop' } }))

configure({ asyncUtilTimeout: 5000 })

class FakeNotification {
  static permission: NotificationPermission = 'granted'
  static requestPermission = vi.fn(async (): Promise<NotificationPermission> => 'granted')
  static shown: FakeNotification[] = []
  onclick: (() => void) | null = null
  close = vi.fn()
  constructor(
    readonly title: string,
    readonly options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this)
  }
}

function Shell() {
  useWeeklyReminder()
  return <WeeklyBanner />
}

const banner = () => screen.queryByRole('status', { name: 'Weekly reminder' })

beforeAll(() => vi.stubEnv('TZ', ZONE))
afterAll(() => vi.unstubAllEnvs())
beforeEach(async () => {
  await resetHabit()
  FakeNotification.permission = 'granted'
  FakeNotification.requestPermission.mockClear()
  FakeNotification.shown = []
  vi.stubGlobal('Notification', FakeNotification)
})
afterEach(() => {
  forgetLastNotification()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the weekly notification (desktop)', { timeout: 30_000 }, () => {
  it('shows one notification with the question and records that it showed', async () => {
    await seedQuietJournal()
    clockAt('2026-07-10T15:00:00Z', true) // Friday 16:00 BST, to the second
    render(<Shell />)
    await vi.waitFor(() => expect(FakeNotification.shown).toHaveLength(1))
    const [shown] = FakeNotification.shown
    expect(shown!.title).toBe('Leadlog: your week')
    expect(shown!.options.body).toBe(SIX_WEEKS_QUESTION)
    await vi.waitFor(async () => expect((await getSettings()).reminderShownAt).toBeDefined())
    const shownAt = Date.parse((await getSettings()).reminderShownAt!)
    expect(shownAt - Date.parse('2026-07-10T15:00:00Z')).toBeLessThan(10_000)
    // No banner on the desktop, and no second notification in the minutes after.
    expect(banner()).toBeNull()
    for (let i = 0; i < 3; i++) {
      await act(async () => {
        vi.advanceTimersByTime(60_000)
      })
    }
    await act(() => settle(100))
    expect(FakeNotification.shown).toHaveLength(1)
  })

  it('clicking it focuses the window and starts an entry of the question’s kind', async () => {
    await seedQuietJournal()
    clockAt('2026-07-10T15:30:00Z')
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {})
    render(<Shell />)
    await vi.waitFor(() => expect(FakeNotification.shown).toHaveLength(1))
    const [shown] = FakeNotification.shown
    act(() => shown!.onclick!())
    expect(focus).toHaveBeenCalled()
    expect(useNavigation.getState()).toMatchObject({
      view: 'journal',
      newEntry: { kind: 'stakeholder-win', competency: 'stakeholders' },
    })
    expect(shown!.close).toHaveBeenCalled()
  })

  it('asks for permission the first time, then notifies', async () => {
    FakeNotification.permission = 'default'
    await seedQuietJournal()
    clockAt('2026-07-10T15:30:00Z')
    render(<Shell />)
    await vi.waitFor(() => expect(FakeNotification.shown).toHaveLength(1))
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1)
  })

  it('falls back to the in-app banner when it may not notify', async () => {
    FakeNotification.permission = 'denied'
    await seedQuietJournal()
    clockAt('2026-07-10T15:30:00Z')
    render(<Shell />)
    await vi.waitFor(() => expect(banner()).toHaveTextContent(SIX_WEEKS_QUESTION))
    expect(FakeNotification.shown).toHaveLength(0)
    // Recorded when answered, as in the browser.
    expect((await getSettings()).reminderShownAt).toBeUndefined()
  })

  it('falls back to the banner where there is no Notification API at all', async () => {
    vi.stubGlobal('Notification', undefined)
    await seedQuietJournal()
    clockAt('2026-07-10T15:30:00Z')
    render(<Shell />)
    await vi.waitFor(() => expect(banner()).not.toBeNull())
  })

  it('does nothing before its moment or when already shown this week', async () => {
    await seedQuietJournal({ reminderShownAt: '2026-07-10T15:05:00.000Z' })
    clockAt('2026-07-10T17:00:00Z')
    render(<Shell />)
    await act(() => settle(200))
    expect(FakeNotification.shown).toHaveLength(0)
  })
})
