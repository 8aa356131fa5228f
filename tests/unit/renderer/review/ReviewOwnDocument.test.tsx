// The review is the user's: their edited bullets, not the generated ones; hidden ones
// never; pinned ones first; their own summary and goals. Readiness figures only when
// asked for.
import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { previewHtml, startEachTestOnFixtureJournal } from './reviewJournal'

vi.mock('../../../../renderer/src/platform', () => ({
  platform: { kind: 'desktop', saveFile: vi.fn(), printPdf: vi.fn() },
}))

const { saveNarrative } = await import('../../../../renderer/src/data/narratives')
const { saveBulletText, setBulletHidden, setBulletPinned } =
  await import('../../../../renderer/src/data/bulletEdits')
const { ReviewView } = await import('../../../../renderer/src/features/review/ReviewView')
const { fixtureJournal } = await import('../../../fixtures/journal')

const stamp = (id: string) => {
  const entry = fixtureJournal.find((e) => e.id === id)!
  return { id, updatedAt: entry.updatedAt }
}

startEachTestOnFixtureJournal()

describe('the review with the user’s bullet edits', { timeout: 30_000 }, () => {
  it('prints the edited text, leaves the hidden bullet out and leads with the pinned one', async () => {
    await saveBulletText(
      stamp('fx-12-board'),
      'Gave the board one page of risk and three decisions',
    )
    await setBulletHidden(stamp('fx-16-recognition'), true)
    await setBulletPinned(stamp('fx-13-pmp'), true)
    render(<ReviewView />)
    await waitFor(() => expect(previewHtml()).toContain('Gave the board one page of risk'))
    const html = previewHtml()
    expect(html).not.toContain('Recognised the support team in the all-hands by presenting')
    expect(html.indexOf('Passed the PMP exam')).toBeLessThan(
      html.indexOf('Gave the board one page of risk'),
    )
  })

  it('follows an edit made while the view is open', async () => {
    render(<ReviewView />)
    await waitFor(() => expect(previewHtml()).toContain('Recognised the support team'))
    await setBulletHidden(stamp('fx-16-recognition'), true)
    await waitFor(() =>
      expect(previewHtml()).not.toContain(
        'Recognised the support team in the all-hands by presenting',
      ),
    )
  })

  it('prints the user’s words and follows their edits', async () => {
    await saveNarrative({
      key: 'review:2026-10-01:2026-12-31',
      document: 'review',
      from: '2026-10-01',
      to: '2026-12-31',
      summary: 'Summary written earlier',
      goals: ['First goal', 'Second goal'],
    })
    render(<ReviewView />)
    await waitFor(() => expect(previewHtml()).toContain('Summary written earlier'))
    expect(previewHtml()).toContain('Second goal')
    await userEvent.click(await screen.findByRole('button', { name: 'Remove goal 1' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Goal 1' }), ', by March')
    await userEvent.tab()
    await waitFor(() => expect(previewHtml()).toContain('Second goal, by March'))
    expect(previewHtml()).not.toContain('First goal')
  })

  it('prints readiness figures only when asked', async () => {
    render(<ReviewView />)
    await waitFor(() => expect(previewHtml()).toContain('Quarterly review: 2026 Q4'))
    const without = previewHtml()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show readiness figures' }))
    await waitFor(() => expect(previewHtml()).not.toBe(without))
  })
})
