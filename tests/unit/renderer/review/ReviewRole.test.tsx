// The review's target role on screen and in the document: a role the user chose is named;
// until they choose, the screen says the default is in use and leads to the choice, and
// the document for their manager names no role.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

vi.mock('../../../../renderer/src/platform', () => ({
  platform: { kind: 'desktop', saveFile: vi.fn(), printPdf: vi.fn() },
}))

const { db } = await import('../../../../renderer/src/data/db')
const { updateSettings } = await import('../../../../renderer/src/data/settings')
const { useNavigation } = await import('../../../../renderer/src/app/navigation')
const { ReviewView } = await import('../../../../renderer/src/features/review/ReviewView')
const { fixtureJournal } = await import('../../../fixtures/journal')

configure({ asyncUtilTimeout: 5000 })

const initialNav = useNavigation.getState()

function previewHtml(): string {
  return screen.getByTitle(/^Preview:/).getAttribute('srcdoc') ?? ''
}

async function openReview() {
  render(<ReviewView />)
  await waitFor(() => expect(screen.getByTitle(/^Preview:/)).toBeInTheDocument())
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 15, 12, 0, 0))
  await db.entries.clear()
  await db.settings.clear()
  await db.entries.bulkPut(fixtureJournal)
  useNavigation.setState(initialNav, true)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the review’s target role', { timeout: 30_000 }, () => {
  it('says the role is the default until the user chooses, and leads to the choice', async () => {
    await openReview()
    expect(screen.getByText(/^Target role:/)).toHaveTextContent(
      'Target role: Director of Operations (the default — choose yours in Settings)',
    )
    // The document for the manager does not present the default as the user's aim.
    const html = previewHtml()
    expect(html).toContain('Quarterly review: 2026 Q4')
    expect(html).not.toContain('Target role')
    expect(html).not.toContain('Most important for a Director of Operations first.')

    await userEvent.click(screen.getByRole('button', { name: 'choose yours in Settings' }))
    expect(useNavigation.getState().view).toBe('settings')
  })

  it('names the chosen role on screen and in the document, without “default”', async () => {
    await updateSettings({ targetRole: 'it-director' })
    await openReview()
    await waitFor(() => expect(previewHtml()).toContain('Target role: IT director / VP'))
    expect(screen.getByText(/^Target role:/)).toHaveTextContent('Target role: IT director / VP')
    expect(screen.queryByText(/the default/)).toBeNull()
    expect(screen.queryByRole('button', { name: 'choose yours in Settings' })).toBeNull()
  })
})
