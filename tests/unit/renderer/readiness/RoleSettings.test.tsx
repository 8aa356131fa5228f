import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { getSettings, updateSettings } from '../../../../renderer/src/data/settings'
import { RoleSettings } from '../../../../renderer/src/features/readiness/RoleSettings'
import { readinessScore } from '../../../../shared/readiness'
import { fixtureJournal, FIXTURE_AS_OF } from '../../../fixtures/journal'

const live = fixtureJournal.filter((e) => e.deletedAt === undefined)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 15, 12, 0, 0))
  await db.entries.clear()
  await db.settings.clear()
  await db.entries.bulkPut(fixtureJournal)
  await updateSettings({ targetRole: 'director-ops' })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('RoleSettings', () => {
  it('previews the score live as weights change, saves them, and resets to the preset', async () => {
    const user = userEvent.setup()
    render(<RoleSettings />)
    const growth = await screen.findByRole('spinbutton', { name: 'Professional growth' })
    expect(growth).toHaveValue(4)
    await user.clear(growth)
    await user.type(growth, '50')
    const weights = {
      strategy: 0.16,
      stakeholders: 0.14,
      conflict: 0.1,
      people: 0.12,
      communication: 0.1,
      results: 0.14,
      business: 0.1,
      process: 0.06,
      influence: 0.04,
      growth: 0.5,
    }
    const preview = Math.round(readinessScore(live, { asOf: FIXTURE_AS_OF, weights }))
    const saved = Math.round(readinessScore(live, { asOf: FIXTURE_AS_OF }))
    expect(screen.getByRole('status')).toHaveTextContent(
      `Score with these weights: ${preview} (saved weights give ${saved})`,
    )
    await user.click(screen.getByRole('button', { name: 'Save weights' }))
    await waitFor(async () => expect((await getSettings()).customWeights).toEqual(weights))

    await user.click(await screen.findByRole('button', { name: 'Reset to preset' }))
    await waitFor(async () => expect((await getSettings()).customWeights).toBeUndefined())
    expect(await screen.findByRole('spinbutton', { name: 'Professional growth' })).toHaveValue(4)
  })

  it('refuses a weight outside 0..100 with a plain message', async () => {
    const user = userEvent.setup()
    render(<RoleSettings />)
    const strategy = await screen.findByRole('spinbutton', { name: 'Strategic thinking' })
    await user.clear(strategy)
    await user.type(strategy, '150')
    expect(strategy).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Each weight must be a number from 0 to 100.',
    )
    expect(screen.getByRole('button', { name: 'Save weights' })).toBeDisabled()
  })

  it('changing the role clears custom weights', async () => {
    await updateSettings({ customWeights: { growth: 0.5 } })
    const user = userEvent.setup()
    render(<RoleSettings />)
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Role you are aiming for' }),
      'PMO leader',
    )
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({
        targetRole: 'pmo-lead',
        customWeights: undefined,
      }),
    )
  })
})
