import { describe, expect, it } from 'vitest'
import { toReviewEdits } from '../../../../renderer/src/features/review/useReviewEdits'

describe('toReviewEdits', () => {
  it('passes text, pin and hide, pinned rows in the order they were last changed', () => {
    const row = (entryId: string, updatedAt: string, more = {}) => ({
      entryId,
      pinned: true,
      hidden: false,
      entryUpdatedAt: '2026-01-01T00:00:00.000Z',
      updatedAt,
      ...more,
    })
    expect(
      toReviewEdits([
        row('b', '2026-03-02T00:00:00.000Z', { text: 'Mine' }),
        row('a', '2026-03-01T00:00:00.000+01:00'),
        row('c', '2026-03-02T00:00:00.000Z', { pinned: false, hidden: true }),
      ]),
    ).toEqual([
      { entryId: 'a', pinned: true, hidden: false },
      { entryId: 'b', pinned: true, hidden: false, text: 'Mine' },
      { entryId: 'c', pinned: false, hidden: true },
    ])
  })
})
