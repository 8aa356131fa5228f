// A number becomes a metric only when it is the one number and its phrase says what it
// measures; otherwise it stays in the notes.
import { describe, expect, it } from 'vitest'
import { findMetric, guessKind } from '../../../../shared/import'

describe('findMetric', () => {
  it.each([
    [
      'Closed the books 18% faster month-end close',
      { value: 18, unit: '%', measure: 'faster month-end close' },
    ],
    [
      'Reduced ticket backlog by 40%',
      { value: 40, unit: '%', measure: 'reduction in ticket backlog' },
    ],
    [
      'Improving onboarding time by 25% across teams',
      { value: 25, unit: '%', measure: 'improvement in onboarding time' },
    ],
    [
      'Saved $84k in annual licence spend.',
      { value: 84_000, unit: 'USD', measure: 'annual licence spend saved' },
    ],
    [
      'Avoided €1,200 on travel in Q3 2026',
      { value: 1_200, unit: 'EUR', measure: 'travel avoided' },
    ],
  ])('reads “%s”', (text, metric) => {
    expect(findMetric(text)).toEqual(metric)
  })

  it.each([
    'Cut incidents by 40% and costs by 10%',
    'Shipped 3 releases, 18% faster month-end close',
    'Met with 12 people',
    'Grew the team',
    'Cut P1 incidents on 2026-03-14',
  ])('leaves “%s” without a metric', (text) => {
    expect(findMetric(text)).toBeUndefined()
  })
})

describe('guessKind', () => {
  it.each([
    ['The CFO thanked us for the close', 'stakeholder-win'],
    ['Kudos from the client sponsor', 'stakeholder-win'],
    ['Difficult conversation with Peter about his missed deadline', 'difficult-conversation'],
    ['Pushed back on the scope change', 'difficult-conversation'],
    ['Shipped the intake form', 'leadership-moment'],
  ])('“%s” reads as a %s', (text, kind) => {
    expect(guessKind(text)).toBe(kind)
  })
})
