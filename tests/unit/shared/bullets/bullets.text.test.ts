import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cutAtClause,
  cutAtWord,
  hasFirstPerson,
  numbersIn,
  removeFirstPerson,
  startsWithStrongVerb,
  startsWithWeakOpener,
  tidy,
  toActionClause,
} from '../../../../shared/bullets'
import { metricPhrase } from '../../../../shared/bullets'
import { bankVerb, pastTense } from '../../../../shared/bullets'

describe('removeFirstPerson', () => {
  it.each([
    ['I mapped the close process', 'mapped the close process'],
    ['My team and I rewrote the status', 'rewrote the status'],
    [
      'We traced the failures and I got infra to own it',
      'traced the failures and got infra to own it',
    ],
    ['Reviewed our budget with my manager', 'Reviewed the budget with the manager'],
    ['The CFO asked me to lead', 'The CFO asked to lead'],
    ['Sent it to me weekly', 'Sent it weekly'],
    ['Explained why we chose it', 'Explained why the team chose it'],
    [
      'Matched invoices to owners. I set up a calendar',
      'Matched invoices to owners. Set up a calendar',
    ],
    ['Cut the scope! We then shipped early', 'Cut the scope! Shipped early'],
  ])('%s -> %s', (input, expected) => {
    expect(removeFirstPerson(input)).toBe(expected)
    expect(hasFirstPerson(removeFirstPerson(input))).toBe(false)
  })

  it('leaves the country and words that contain pronouns alone', () => {
    expect(removeFirstPerson('Opened the US market for mighty customers')).toBe(
      'Opened the US market for mighty customers',
    )
    expect(hasFirstPerson('Opened the US market')).toBe(false)
    expect(hasFirstPerson('Gave us a budget')).toBe(true)
  })
})

describe('toActionClause', () => {
  it.each([
    ['I was responsible for presenting the go-live story', 'Presented the go-live story'],
    ['helped the team migrate the CRM', 'Enabled the team to migrate the CRM'],
    ['helped to reduce hosting costs', 'Reduced hosting costs'],
    ['worked on the budget', 'Delivered the budget'],
    ['Participated in the vendor review', 'Delivered the vendor review'],
    ['I lead the weekly review', 'Led the weekly review'],
    ['We run the intake board', 'Ran the intake board'],
    ['studying for the PMP', 'Studied for the PMP'],
    ['planning the release', 'Planned the release'],
    ['Coached Sarah through three rehearsals', 'Coached Sarah through three rehearsals'],
    ['the new close calendar', 'Delivered the new close calendar'],
  ])('%s -> %s', (input, expected) => {
    const clause = toActionClause(input, 'Delivered')
    expect(clause).toBe(expected)
    expect(startsWithWeakOpener(clause!)).toBe(false)
    expect(startsWithStrongVerb(clause!)).toBe(true)
  })

  it('gives null when the text has no verb and there is no fallback', () => {
    expect(toActionClause('All 23 requests went through the board', null)).toBeNull()
  })
})

describe('checks', () => {
  it('spots weak openers and weak verbs', () => {
    for (const weak of ['Responsible for the plan', 'Helped the team', 'Tasked with a review'])
      expect(startsWithWeakOpener(weak)).toBe(true)
    expect(startsWithStrongVerb('Supported the team')).toBe(false)
    expect(startsWithStrongVerb('The team shipped it')).toBe(false)
    expect(startsWithStrongVerb('Set the 2027 roadmap')).toBe(true)
    expect(startsWithStrongVerb('Re-sequenced the release')).toBe(true)
  })

  it('reads numbers the way a person writes them', () => {
    expect(numbersIn('saved 120,000 USD in 2.4 months, 6, 7 and 8%')).toEqual([
      120000, 2.4, 6, 7, 8,
    ])
    expect(numbersIn('no digits here')).toEqual([])
  })

  it('past tense of irregular and regular verbs', () => {
    expect(pastTense('lead')).toBe('led')
    expect(pastTense('drives')).toBe('drove')
    expect(pastTense('mapping')).toBe('mapped')
    expect(pastTense('clarify')).toBe('clarified')
    expect(pastTense('budget')).toBeUndefined()
  })

  it('grades the verb bank by seniority', () => {
    expect(bankVerb('strategy', 'executive')).toBe('Defined')
    expect(bankVerb('strategy', 'team')).not.toBe('Defined')
    expect(bankVerb('strategy', 'executive', true)).toBe('Shaped')
  })
})

describe('trimming', () => {
  const long =
    'Mapped the close process with the finance team, removed 6 manual hand-offs and automated the reconciliation checks'

  it('never cuts inside a word and drops dangling small words', () => {
    const cut = cutAtWord(long, 60)
    expect(cut.length).toBeLessThanOrEqual(60)
    expect(long.startsWith(cut)).toBe(true)
    expect(long.charAt(cut.length)).toMatch(/[ ,]/)
    expect(cut).not.toMatch(/\b(?:and|the|with)$/)
  })

  it('prefers to drop whole clauses', () => {
    expect(cutAtClause(long, 80)).toBe(
      'Mapped the close process with the finance team and removed 6 manual hand-offs',
    )
  })
})

describe('metricPhrase', () => {
  it('writes the amount the way a resume does, from the entry only', () => {
    expect(metricPhrase({ value: 18, unit: '%', measure: 'faster close' })).toBe('18% faster close')
    expect(metricPhrase({ value: 120000, unit: 'USD', measure: 'saved' })).toBe('120,000 USD saved')
    expect(metricPhrase({ value: 4, unit: 'incidents', measure: 'incidents removed' })).toBe(
      '4 incidents removed',
    )
    expect(metricPhrase({ value: 5, unit: '$', measure: 'saved' })).toBe('$5 saved')
  })
})

describe('tidy', () => {
  // The plain pattern pipeline tidy() skips when its character scan finds nothing to do.
  function reference(text: string): string {
    const out = text
      .replace(/\s+/g, ' ')
      .replace(/ ([,;:.!?])(?!\d)/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+(?!\d)/g, '$1')
      .replace(/^[\s,;:.\-–—]+/, '')
    return out.replace(/[ ,;:.\-–—]+$/, '')
  }

  it('gives the same result as the plain patterns, fast path or not', () => {
    const chars = fc.constantFrom(
      ' ',
      ' ',
      '\t',
      '\u00a0',
      ',',
      ';',
      ':',
      '.',
      '!',
      '?',
      '-',
      '—',
      'a',
      'b',
      '1',
      '5',
    )
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        expect(tidy(text)).toBe(reference(text))
      }),
      { numRuns: 2000 },
    )
  })
})
