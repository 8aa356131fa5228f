// The promotion case's role: picked in the view, else the target role in Settings. With
// neither, the picker says the default is in use and the case names no role; picking the
// default role itself is then a choice like any other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

vi.mock('../../../../renderer/src/platform', () => ({
  platform: { kind: 'desktop', saveFile: vi.fn(), printPdf: vi.fn() },
}))

const { db } = await import('../../../../renderer/src/data/db')
const { updateSettings } = await import('../../../../renderer/src/data/settings')
const { useNavigation } = await import('../../../../renderer/src/app/navigation')
const { PromotionView } = await import('../../../../renderer/src/features/promotion/PromotionView')
const { usePromotionUi } =
  await import('../../../../renderer/src/features/promotion/promotionSlice')
const { caseFileName } = await import('../../../../renderer/src/features/promotion/caseExports')
const { buildPromotionCase } = await import('../../../../shared/promotion')
const { sampleJournal } = await import('../../../../shared/entry')

configure({ asyncUtilTimeout: 8000 })

const TODAY = '2026-11-15'
const initialUi = usePromotionUi.getState()
const initialNav = useNavigation.getState()

const previewTitle = () => screen.getByTitle(/^Preview:/).getAttribute('title')

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 15, 12, 0, 0))
  await Promise.all([db.entries.clear(), db.settings.clear(), db.narratives.clear()])
  await db.entries.bulkPut(sampleJournal(TODAY))
  usePromotionUi.setState(initialUi, true)
  useNavigation.setState(initialNav, true)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the promotion case’s role', { timeout: 30_000 }, () => {
  it('without a chosen role: the default is said, the case names no role', async () => {
    render(<PromotionView />)
    const picker = await screen.findByRole('combobox', { name: 'Target role' })
    expect(picker).toHaveDisplayValue('Director of Operations (default)')
    expect(picker).toHaveAccessibleDescription(/No role chosen yet/)
    await waitFor(() => expect(previewTitle()).toBe('Preview: Promotion case'))
    expect(screen.getByText(/^For your case\./)).toBeInTheDocument()

    // Picking the same role is a choice: now the case is for it.
    await userEvent.selectOptions(picker, 'Director of Operations')
    await waitFor(() =>
      expect(previewTitle()).toBe('Preview: Promotion case: Director of Operations'),
    )
    expect(picker).toHaveDisplayValue('Director of Operations')
    expect(screen.queryByRole('option', { name: /\(default\)/ })).toBeNull()
    expect(screen.getByText(/^For your Director of Operations case\./)).toBeInTheDocument()
  })

  it('leads to Settings to choose the role for good', async () => {
    render(<PromotionView />)
    await userEvent.click(await screen.findByRole('button', { name: 'choose yours in Settings' }))
    expect(useNavigation.getState().view).toBe('settings')
  })

  it('with the role chosen in Settings: that role, no default option', async () => {
    await updateSettings({ targetRole: 'pmo-lead' })
    render(<PromotionView />)
    await waitFor(() => expect(previewTitle()).toBe('Preview: Promotion case: PMO leader'))
    expect(screen.getByRole('combobox', { name: 'Target role' })).toHaveDisplayValue('PMO leader')
    expect(screen.queryByRole('option', { name: /\(default\)/ })).toBeNull()
  })

  it('names the exported file after the role only when one was chosen', () => {
    const entries = sampleJournal(TODAY)
    const chosen = buildPromotionCase(entries, { asOf: TODAY, role: 'director-ops' })
    const unchosen = buildPromotionCase(entries, { asOf: TODAY, role: null })
    expect(caseFileName(chosen, 'md')).toBe(`leadlog-promotion-case-director-ops-${TODAY}.md`)
    expect(caseFileName(unchosen, 'pdf')).toBe(`leadlog-promotion-case-${TODAY}.pdf`)
  })
})
