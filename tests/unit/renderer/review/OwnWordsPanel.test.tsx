// "Your words" in the Review view: typing saves (quietly), the words come back after a
// remount, each period keeps its own.
import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { startEachTestOnFixtureJournal } from './reviewJournal'

vi.mock('../../../../renderer/src/platform', () => ({
  platform: { kind: 'desktop', saveFile: vi.fn(), printPdf: vi.fn() },
}))

const { getNarrative, saveNarrative } = await import('../../../../renderer/src/data/narratives')
const { ReviewView } = await import('../../../../renderer/src/features/review/ReviewView')
const { useReviewUi } = await import('../../../../renderer/src/features/review/reviewSlice')

const Q4_KEY = 'review:2026-10-01:2026-12-31'
const Q3_KEY = 'review:2026-07-01:2026-09-30'

async function openReview() {
  const view = render(<ReviewView />)
  await waitFor(() => expect(screen.getByTitle(/^Preview:/)).toBeInTheDocument())
  await screen.findByRole('textbox', { name: 'Opening summary' })
  return view
}

startEachTestOnFixtureJournal()

describe('Your words', { timeout: 30_000 }, () => {
  it('invites the user to write when nothing is written yet', async () => {
    await openReview()
    expect(screen.getByRole('region', { name: 'Your words' })).toHaveTextContent(
      'Nothing written for 2026 Q4 yet.',
    )
    expect(screen.getByRole('textbox', { name: 'What I need' })).toHaveValue('')
    expect(screen.getByRole('group', { name: 'Goals for next quarter' })).toHaveTextContent(
      'None yet.',
    )
  })

  it('saves as the user types, says so quietly, and keeps the words after a remount', async () => {
    const view = await openReview()
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Opening summary' }),
      'A quarter of firsts.',
    )
    await userEvent.type(screen.getByRole('textbox', { name: 'What I need' }), 'A budget line.')
    await userEvent.click(screen.getByRole('button', { name: 'Add a goal' }))
    const goal = screen.getByRole('textbox', { name: 'Goal 1' })
    expect(goal).toHaveFocus()
    await userEvent.type(goal, 'Hire a second analyst')
    expect(await screen.findByText('Saved')).toHaveAttribute('role', 'status')
    await waitFor(async () =>
      expect(await getNarrative(Q4_KEY)).toMatchObject({
        summary: 'A quarter of firsts.',
        asks: 'A budget line.',
        goals: ['Hire a second analyst'],
      }),
    )
    view.unmount()

    await openReview()
    expect(screen.getByRole('textbox', { name: 'Opening summary' })).toHaveValue(
      'A quarter of firsts.',
    )
    expect(screen.getByRole('textbox', { name: 'What I need' })).toHaveValue('A budget line.')
    expect(screen.getByRole('textbox', { name: 'Goal 1' })).toHaveValue('Hire a second analyst')
  })

  it('saves what was just typed when the view goes away, without waiting for a pause', async () => {
    const view = await openReview()
    await userEvent.type(screen.getByRole('textbox', { name: 'Opening summary' }), 'Quick')
    view.unmount()
    await waitFor(async () => expect((await getNarrative(Q4_KEY))?.summary).toBe('Quick'))
  })

  it('shows each period’s own words when the period changes, and saves the one left', async () => {
    await saveNarrative({
      key: Q3_KEY,
      document: 'review',
      from: '2026-07-01',
      to: '2026-09-30',
      summary: 'Summer words',
    })
    await openReview()
    await userEvent.type(screen.getByRole('textbox', { name: 'Opening summary' }), 'Autumn')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), '2026 Q3')
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Opening summary' })).toHaveValue('Summer words'),
    )
    expect((await getNarrative(Q4_KEY))?.summary).toBe('Autumn')
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Quarter' }),
      '2026 Q4 (current)',
    )
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Opening summary' })).toHaveValue('Autumn'),
    )
  })

  it('edits and removes goals', async () => {
    await saveNarrative({
      key: Q4_KEY,
      document: 'review',
      from: '2026-10-01',
      to: '2026-12-31',
      goals: ['First goal', 'Second goal'],
    })
    await openReview()
    expect(screen.getByRole('textbox', { name: 'Goal 2' })).toHaveValue('Second goal')
    await userEvent.click(screen.getByRole('button', { name: 'Remove goal 1' }))
    expect(screen.getByRole('textbox', { name: 'Goal 1' })).toHaveValue('Second goal')
    expect(screen.getByRole('textbox', { name: 'Goal 1' })).toHaveFocus()
    await userEvent.type(screen.getByRole('textbox', { name: 'Goal 1' }), ', by March{Enter}')
    expect(screen.getByRole('textbox', { name: 'Goal 2' })).toHaveFocus()
    await userEvent.type(screen.getByRole('textbox', { name: 'Goal 2' }), 'Third')
    await userEvent.tab()
    await waitFor(async () =>
      expect((await getNarrative(Q4_KEY))?.goals).toEqual(['Second goal, by March', 'Third']),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Remove goal 2' }))
    await userEvent.click(screen.getByRole('button', { name: 'Remove goal 1' }))
    expect(screen.getByRole('button', { name: 'Add a goal' })).toHaveFocus()
    await waitFor(async () => expect(await getNarrative(Q4_KEY)).toBeNull())
  })

  it('refuses an eleventh goal', async () => {
    await saveNarrative({
      key: Q4_KEY,
      document: 'review',
      from: '2026-10-01',
      to: '2026-12-31',
      goals: Array.from({ length: 10 }, (_, i) => `Goal ${i + 1}`),
    })
    await openReview()
    expect(screen.getByRole('button', { name: 'Add a goal' })).toBeDisabled()
    expect(screen.getByText('Ten goals is the most a review holds.')).toBeInTheDocument()
  })

  it('offers readiness figures as an option, off by default', async () => {
    await openReview()
    const figures = screen.getByRole('checkbox', { name: 'Show readiness figures' })
    expect(figures).not.toBeChecked()
    await userEvent.click(figures)
    expect(useReviewUi.getState().showScores).toBe(true)
  })
})
