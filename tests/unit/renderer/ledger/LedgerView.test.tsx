// The Certifications view: a clear call to add a certification when none is held, then
// the ledger of a year of learning, and the readiness dashboard's growth card.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { updateSettings } from '../../../../renderer/src/data/settings'
import { LedgerView } from '../../../../renderer/src/features/ledger'
import { ReadinessView } from '../../../../renderer/src/features/readiness'
import { pduYear, PDU_CYCLE_START } from '../../../fixtures/pduJournal'

beforeAll(() => {
  // Recharts measures its container; jsdom has no layout.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 20, 12, 0, 0)) // 20 March 2026, the fixture's asOf
  await db.entries.clear()
  await db.settings.clear()
  await db.entries.bulkPut(pduYear)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('LedgerView', () => {
  it('asks for a certification first, then shows its ledger', async () => {
    const user = userEvent.setup()
    render(<LedgerView />)
    expect(
      await screen.findByRole('heading', { name: 'Track your PMI certification' }),
    ).toBeVisible()
    await user.type(screen.getByLabelText('Current cycle started on'), PDU_CYCLE_START)
    await user.click(screen.getByRole('button', { name: 'Add certification' }))

    const card = await screen.findByRole('region', { name: 'PMP' })
    // Earned 46.75, counted 44.75, 15.25 still needed (see the shared ledger tests).
    const figures = within(card)
      .getAllByRole('definition')
      .map((d) => d.textContent)
    expect(figures).toContain('46.75')
    expect(figures).toContain('44.75 of 60')
    expect(figures).toContain('15.25')
    expect(within(card).getByText('On track')).toBeVisible()
    expect(within(card).getByRole('row', { name: /^Power Skills/ })).toHaveTextContent('0.5 to go')
    expect(within(card).getByText(/14 claimed, 7 not yet reported to PMI/)).toBeVisible()
    expect(within(card).getByRole('button', { name: 'Export CSV for PMI' })).toBeEnabled()

    // Ticking a claim as reported saves the entry; the count follows from the live query.
    await user.click(
      within(card).getByRole('checkbox', { name: 'Reported to PMI: Agile estimation workshop' }),
    )
    expect(await within(card).findByText(/14 claimed, 6 not yet reported to PMI/)).toBeVisible()
    expect((await db.entries.get('pdu-07'))?.pdu?.reported).toBe(true)
  })

  it('names the figures it does not apply for a certification without confirmed ones', async () => {
    await updateSettings({
      certifications: [{ id: 'acp', certification: 'PMI-ACP', cycleStart: PDU_CYCLE_START }],
    })
    render(<LedgerView />)
    const note = await screen.findByRole('note')
    expect(note).toHaveTextContent('Minimum PDUs in each Talent Triangle area')
    expect(note).toHaveTextContent('Most PDUs as a practitioner')
  })
})

describe('readiness growth card', () => {
  it('shows recent PDUs and whether the cycle is on track', async () => {
    await updateSettings({
      targetRole: 'pmo-lead',
      certifications: [{ id: 'pmp', certification: 'PMP', cycleStart: PDU_CYCLE_START }],
    })
    render(<ReadinessView />)
    const card = await screen.findByRole('region', { name: 'Certification progress' })
    // Last 90 days (2025-12-21 … 2026-03-20): 1.25 + 2 + 1.5 = 4.75.
    expect(card).toHaveTextContent('4.75 PDUs claimed in the last 90 days.')
    expect(card).toHaveTextContent('PMP: 44.75 of 60 counted, on track; 15.25 still needed')
    expect(within(card).getByRole('button', { name: 'Open the ledger' })).toBeVisible()
  })
})
