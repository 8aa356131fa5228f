import { beforeEach, describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import {
  MAX_NARRATIVE_ITEM,
  MAX_NARRATIVE_TEXT,
  reviewNarrativeKey,
} from '../../../../shared/entry'
import { db } from '../../../../renderer/src/data/db'
import {
  deleteNarrative,
  getNarrative,
  saveNarrative,
  useNarrative,
  useNarratives,
  type NarrativeDraft,
} from '../../../../renderer/src/data/narratives'
import { StorageWriteError } from '../../../../renderer/src/data/writeErrors'

const Q4 = { from: '2026-10-01', to: '2026-12-31' }
const Q3 = { from: '2026-07-01', to: '2026-09-30' }
const NOW = new Date('2026-11-20T12:00:00.000Z')

function review(period: { from: string; to: string }, words: Partial<NarrativeDraft> = {}) {
  return { key: reviewNarrativeKey(period), document: 'review' as const, ...period, ...words }
}

beforeEach(async () => {
  await db.narratives.clear()
})

describe('narratives repository', () => {
  it('stores a review’s words under its period, stamped with the time of the write', async () => {
    const saved = await saveNarrative(
      review(Q4, { summary: 'A quarter of firsts.', asks: 'A budget line.', goals: ['Hire'] }),
      NOW,
    )
    expect(saved?.updatedAt).toBe(NOW.toISOString())
    expect(await getNarrative('review:2026-10-01:2026-12-31')).toEqual(saved)
  })

  it('keeps a promotion case under its role, whatever the day', async () => {
    await saveNarrative({
      key: 'promotion:pmo-lead',
      document: 'promotion',
      role: 'pmo-lead',
      summary: 'Ready to run the PMO.',
      plan: ['Lead the portfolio review', 'Coach two PMs'],
    })
    expect((await getNarrative('promotion:pmo-lead'))?.plan).toHaveLength(2)
  })

  it('replaces the stored row with the one given', async () => {
    await saveNarrative(review(Q4, { summary: 'First', goals: ['One', 'Two'] }))
    await saveNarrative(review(Q4, { summary: 'Second', goals: ['Two'] }))
    expect(await getNarrative(reviewNarrativeKey(Q4))).toMatchObject({
      summary: 'Second',
      goals: ['Two'],
    })
    expect(await db.narratives.count()).toBe(1)
  })

  it('removes a row once it holds none of the user’s words', async () => {
    await saveNarrative(review(Q4, { summary: 'Something' }))
    expect(await saveNarrative(review(Q4, { summary: '  ', asks: '', goals: ['', ' '] }))).toBe(
      null,
    )
    expect(await db.narratives.count()).toBe(0)
  })

  it('refuses a text over its limit in plain words and leaves the stored row as it was', async () => {
    await saveNarrative(review(Q4, { summary: 'Kept' }))
    const before = await getNarrative(reviewNarrativeKey(Q4))
    await expect(
      saveNarrative(review(Q4, { summary: 'x'.repeat(MAX_NARRATIVE_TEXT + 1) })),
    ).rejects.toThrow('Not saved: the opening summary is longer than 5,000 characters.')
    const tooLongGoal = saveNarrative(
      review(Q4, { goals: ['ok', 'y'.repeat(MAX_NARRATIVE_ITEM + 1)] }),
    )
    await expect(tooLongGoal).rejects.toBeInstanceOf(StorageWriteError)
    await expect(tooLongGoal).rejects.toThrow('Not saved: goal 2 is longer than 500 characters.')
    await expect(
      saveNarrative(review(Q4, { goals: Array.from({ length: 11 }, (_, i) => `Goal ${i}`) })),
    ).rejects.toThrow('Not saved: the goals has more than 10 items.')
    expect(await getNarrative(reviewNarrativeKey(Q4))).toEqual(before)
  })

  it('refuses a row whose key does not match what it is for', async () => {
    await expect(
      saveNarrative({ ...review(Q4, { summary: 'x' }), key: 'review:2026' }),
    ).rejects.toThrow('Not saved: key must be "review:2026-10-01:2026-12-31".')
    expect(await db.narratives.count()).toBe(0)
  })

  it('deletes a row by key', async () => {
    await saveNarrative(review(Q4, { summary: 'Gone soon' }))
    await deleteNarrative(reviewNarrativeKey(Q4))
    expect(await getNarrative(reviewNarrativeKey(Q4))).toBeNull()
  })
})

describe('useNarrative', () => {
  it('follows writes live and never shows another period’s row after the key changes', async () => {
    await saveNarrative(review(Q4, { summary: 'Q4 words' }))
    await saveNarrative(review(Q3, { summary: 'Q3 words' }))
    const { result, rerender } = renderHook(({ key }) => useNarrative(key), {
      initialProps: { key: reviewNarrativeKey(Q4) as string | null },
    })
    await waitFor(() => expect(result.current?.summary).toBe('Q4 words'))

    await saveNarrative(review(Q4, { summary: 'Q4 rewritten' }))
    await waitFor(() => expect(result.current?.summary).toBe('Q4 rewritten'))

    rerender({ key: reviewNarrativeKey(Q3) })
    expect(result.current?.summary).not.toBe('Q4 rewritten')
    await waitFor(() => expect(result.current?.summary).toBe('Q3 words'))

    rerender({ key: reviewNarrativeKey({ from: '2025-01-01', to: '2025-03-31' }) })
    await waitFor(() => expect(result.current).toBeNull())
    rerender({ key: null })
    await waitFor(() => expect(result.current).toBeNull())
  })
})

describe('useNarratives', () => {
  it('holds every row of one kind of document by key, live', async () => {
    await saveNarrative(review(Q4, { summary: 'Q4 words' }))
    await saveNarrative({
      key: 'promotion:it-director',
      document: 'promotion',
      role: 'it-director',
      summary: 'Case',
    })
    const { result } = renderHook(() => useNarratives('review'))
    await waitFor(() =>
      expect([...(result.current?.keys() ?? [])]).toEqual([reviewNarrativeKey(Q4)]),
    )
    await saveNarrative(review(Q3, { goals: ['Hire'] }))
    await waitFor(() =>
      expect(result.current?.get(reviewNarrativeKey(Q3))?.goals).toEqual(['Hire']),
    )
  })
})
