// The Journal's "this week" strip: seven day cells Monday to Sunday with their counts, and
// a summary against the weekly target.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, configure, render, screen, within } from '@testing-library/react'
import { db } from '../../../../renderer/src/data/db'
import { updateSettings } from '../../../../renderer/src/data/settings'
import { useLocaleState } from '../../../../renderer/src/app/localeSlice'
import { ThisWeekStrip } from '../../../../renderer/src/features/habit'
import { clockAt, entryOn, resetHabit, ZONE } from './helpers'

configure({ asyncUtilTimeout: 5000 })

beforeAll(() => vi.stubEnv('TZ', ZONE))
afterAll(() => vi.unstubAllEnvs())
beforeEach(async () => {
  await resetHabit()
  useLocaleState.setState({ locale: 'en-GB' })
})
afterEach(() => vi.useRealTimers())

describe('ThisWeekStrip', { timeout: 30_000 }, () => {
  it('shows the week’s entries day by day against the target', async () => {
    await db.entries.bulkPut([
      entryOn('2026-07-06'), // Monday
      entryOn('2026-07-08'), // Wednesday, today
      entryOn('2026-07-08', { sample: true }), // the sample journal: not the user's
      entryOn('2026-07-07', { deletedAt: '2026-07-07T18:00:00.000Z' }), // in the trash
      entryOn('2026-07-05'), // the Sunday before
    ])
    await updateSettings({ weeklyTarget: 3 })
    clockAt('2026-07-08T11:00:00Z')
    render(<ThisWeekStrip />)
    const strip = await screen.findByRole('group', { name: '2 of 3 entries this week' })
    const days = within(strip).getAllByRole('listitem')
    expect(days.map((d) => d.textContent)).toEqual([
      'Mon1Monday 6 July: 1 entry',
      'Tue·Tuesday 7 July: 0 entries',
      'Wed1Wednesday 8 July: 1 entry',
      'Thu·Thursday 9 July: 0 entries',
      'Fri·Friday 10 July: 0 entries',
      'Sat·Saturday 11 July: 0 entries',
      'Sun·Sunday 12 July: 0 entries',
    ])
    expect(days[2]).toHaveAttribute('aria-current', 'date')
    expect(days[3]).toHaveClass('future')
  })

  it('uses the default target of two, and says when it is met', async () => {
    await db.entries.bulkPut([entryOn('2026-07-06'), entryOn('2026-07-12')])
    clockAt('2026-07-12T20:00:00Z') // Sunday 21:00 BST
    render(<ThisWeekStrip />)
    const strip = await screen.findByRole('group', {
      name: '2 of 2 entries this week: target met',
    })
    expect(strip).toHaveClass('met')
  })

  it('follows new entries and the target as they change', async () => {
    clockAt('2026-07-08T11:00:00Z')
    await updateSettings({ weeklyTarget: 1 })
    render(<ThisWeekStrip />)
    await screen.findByRole('group', { name: '0 of 1 entry this week' })
    await act(() => db.entries.put(entryOn('2026-07-08')))
    await screen.findByRole('group', { name: '1 of 1 entry this week: target met' })
    await act(() => db.entries.put(entryOn('2026-07-07')))
    await screen.findByRole('group', { name: '2 entries this week: target of 1 met' })
    await act(() => updateSettings({ weeklyTarget: 5 }))
    await screen.findByRole('group', { name: '2 of 5 entries this week' })
  })

  it('writes the days in the user’s locale', async () => {
    useLocaleState.setState({ locale: 'en-US' })
    clockAt('2026-07-08T11:00:00Z')
    render(<ThisWeekStrip />)
    const strip = await screen.findByRole('group', { name: '0 of 2 entries this week' })
    expect(within(strip).getAllByRole('listitem')[0]).toHaveTextContent('Monday, July 6: 0 entries')
  })

  it('starts the week on Monday in the user’s own time zone', async () => {
    // Sunday 23:30 UTC is Monday 00:30 in London: a new, empty week.
    await db.entries.put(entryOn('2026-07-12'))
    clockAt('2026-07-12T23:30:00Z')
    render(<ThisWeekStrip />)
    const strip = await screen.findByRole('group', { name: '0 of 2 entries this week' })
    expect(within(strip).getAllByRole('listitem')[0]).toHaveTextContent('Monday 13 July')
  })
})
