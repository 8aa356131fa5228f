// Settings › Weekly habit: the reminder on or off, its day and time, and the weekly target.
// Valid values are saved; invalid ones are refused with a reason and nothing is written.
import { beforeEach, describe, expect, it } from 'vitest'
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { getSettings, updateSettings } from '../../../../renderer/src/data/settings'
import { ReminderSettings } from '../../../../renderer/src/features/habit'

configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  await db.settings.clear()
})

const theSwitch = () => screen.findByRole('switch', { name: 'Weekly reminder' })
const day = () => screen.getByRole('combobox', { name: 'Day' })
const time = () => screen.getByLabelText('Time') as HTMLInputElement
const target = () => screen.getByRole('spinbutton', { name: 'Weekly target' })

describe('ReminderSettings', { timeout: 30_000 }, () => {
  it('shows the defaults and says what the reminder does, and where in the browser', async () => {
    render(<ReminderSettings />)
    expect(await theSwitch()).toBeChecked()
    expect(day()).toHaveDisplayValue('Friday')
    expect(time()).toHaveValue('16:00')
    expect(target()).toHaveValue(2)
    expect(screen.getByRole('heading', { name: 'Weekly habit' })).toBeInTheDocument()
    expect(
      screen.getByText(
        /When nothing has been logged for seven days, Leadlog asks you one question/,
      ),
    ).toHaveTextContent(/as a banner inside Leadlog, while it is open in this browser/)
    // Nothing is written until the user changes something.
    expect((await getSettings()).reminder).toBeUndefined()
  })

  it('switches the reminder off and on, keeping its day and time', async () => {
    render(<ReminderSettings />)
    await userEvent.click(await theSwitch())
    await screen.findByText('Weekly reminder off.')
    expect((await getSettings()).reminder).toEqual({ enabled: false, weekday: 5, time: '16:00' })
    await waitFor(() => expect(day()).toBeDisabled())
    expect(time()).toBeDisabled()
    await userEvent.click(await theSwitch())
    await screen.findByText('Weekly reminder on: Fridays at 16:00.')
    expect((await getSettings()).reminder).toEqual({ enabled: true, weekday: 5, time: '16:00' })
  })

  it('saves the day and a valid time', async () => {
    render(<ReminderSettings />)
    await theSwitch()
    await userEvent.selectOptions(day(), 'Sunday')
    await screen.findByText('Weekly reminder on: Sundays at 16:00.')
    expect((await getSettings()).reminder).toEqual({ enabled: true, weekday: 0, time: '16:00' })
    fireEvent.change(time(), { target: { value: '09:30' } })
    fireEvent.blur(time())
    await screen.findByText('Weekly reminder on: Sundays at 09:30.')
    expect((await getSettings()).reminder).toEqual({ enabled: true, weekday: 0, time: '09:30' })
    await waitFor(() => expect(time()).toHaveValue('09:30'))
  })

  it('refuses an empty time and writes nothing', async () => {
    await updateSettings({ reminder: { enabled: true, weekday: 2, time: '08:15' } })
    render(<ReminderSettings />)
    await theSwitch()
    fireEvent.change(time(), { target: { value: '' } })
    fireEvent.blur(time())
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a time, for example 16:00.')
    expect(time()).toHaveAttribute('aria-invalid', 'true')
    expect((await getSettings()).reminder).toEqual({ enabled: true, weekday: 2, time: '08:15' })
  })

  it('saves a weekly target from 1 to 20 and refuses anything else', async () => {
    render(<ReminderSettings />)
    await theSwitch()
    await userEvent.clear(target())
    await userEvent.type(target(), '5{Enter}')
    await screen.findByText('Weekly target: 5 entries.')
    expect((await getSettings()).weeklyTarget).toBe(5)

    for (const bad of ['25', '0', '2.5', '']) {
      await userEvent.clear(target())
      if (bad) await userEvent.type(target(), bad)
      await userEvent.tab()
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Enter a whole number from 1 to 20.',
      )
      expect(target()).toHaveAttribute('aria-invalid', 'true')
      expect((await getSettings()).weeklyTarget).toBe(5)
    }

    await userEvent.clear(target())
    await userEvent.type(target(), '1')
    await userEvent.tab()
    await screen.findByText('Weekly target: 1 entry.')
    expect((await getSettings()).weeklyTarget).toBe(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
