import { beforeEach, describe, expect, it } from 'vitest'
import { configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { getSettings } from '../../../../renderer/src/data/settings'
import { FiscalYearSettings } from '../../../../renderer/src/features/review/FiscalYearSettings'

beforeEach(async () => {
  await db.settings.clear()
})

// The machine running the tests may be busy: wait for what the user would see, patiently.
configure({ asyncUtilTimeout: 5000 })

describe('FiscalYearSettings', { timeout: 30_000 }, () => {
  it('stores the start month and explains how fiscal years are named', async () => {
    render(<FiscalYearSettings />)
    const select = await screen.findByRole('combobox', { name: 'Fiscal year starts in' })
    expect(select).toHaveDisplayValue('January')
    await userEvent.selectOptions(select, 'July')
    await screen.findByText('Fiscal year now starts in July.')
    expect((await getSettings()).fiscalYearStartMonth).toBe(7)
    await waitFor(() => expect(select).toHaveDisplayValue('July'))
    expect(screen.getByText(/July 2026 opens FY2027 Q1/)).toBeInTheDocument()
  })
})
