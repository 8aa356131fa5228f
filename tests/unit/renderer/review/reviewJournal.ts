// The Review view's tests start from the fixture journal on 15 Nov 2026 (2026 Q4 is the
// current quarter), with no bullet edits, no words written and the view's UI reset.
// Each test file still mocks the platform itself (vi.mock is hoisted per file).
import { afterEach, beforeEach, vi } from 'vitest'
import { configure, screen } from '@testing-library/react'
import { db } from '../../../../renderer/src/data/db'
import { useReviewUi } from '../../../../renderer/src/features/review/reviewSlice'
import { fixtureJournal } from '../../../fixtures/journal'

export function startEachTestOnFixtureJournal(): void {
  const initialUi = useReviewUi.getState()
  beforeEach(async () => {
    // Only Date is faked: IndexedDB's timers and the save's pause keep running.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 15, 12, 0, 0))
    await Promise.all([
      db.entries.clear(),
      db.settings.clear(),
      db.narratives.clear(),
      db.bulletEdits.clear(),
    ])
    await db.entries.bulkPut(fixtureJournal)
    useReviewUi.setState(initialUi, true)
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  // The machine running the tests may be busy: wait for what the user would see, patiently.
  configure({ asyncUtilTimeout: 5000 })
}

/** The exact HTML the preview shows (and the PDF prints). */
export function previewHtml(): string {
  return screen.getByTitle(/^Preview:/).getAttribute('srcdoc') ?? ''
}
