import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  capitalise,
  describePerson,
  describePossessive,
  indefiniteArticle,
  possessive,
  roleInProse,
  LEVELS,
  type Person,
} from '../../../../shared/entry'

const person = (role: string | undefined, level: Person['level'], describeAs?: string): Person => ({
  name: 'Maria Lopez',
  ...(role === undefined ? {} : { role }),
  level,
  ...(describeAs === undefined ? {} : { describeAs }),
})

describe('describePerson', () => {
  it.each([
    [person('Project manager', 'team'), 'a project manager on my team', 'the project manager'],
    [person('COO', 'executive'), 'the COO', 'the COO'],
    [person('VP Finance', 'executive'), 'the VP Finance', 'the VP Finance'],
    [person('Director of IT', 'senior'), 'the Director of IT', 'the Director of IT'],
    [
      person('Head of Customer Service', 'senior'),
      'the Head of Customer Service',
      'the Head of Customer Service',
    ],
    [
      person('Account director at the vendor', 'senior'),
      'an account director at the vendor',
      'the account director',
    ],
    [person('Architect', 'senior'), 'a senior architect', 'the architect'],
    [person('Infrastructure lead', 'peer'), 'an infrastructure lead', 'the infrastructure lead'],
    [person('HR partner', 'peer'), 'an HR partner', 'the HR partner'],
    [person(undefined, 'team'), 'a member of my team', 'the team member'],
    [person(undefined, 'executive'), 'an executive', 'the executive'],
  ])('describes %o as "%s", later "%s"', (who, first, later) => {
    expect(describePerson(who)).toBe(first)
    expect(describePerson(who, { mention: 'later' })).toBe(later)
  })

  it('speaks of "the team" in the neutral voice bullets use', () => {
    expect(describePerson(person('QA engineer', 'team'), { voice: 'neutral' })).toBe(
      'a QA engineer on the team',
    )
    expect(describePerson(person(undefined, 'team'), { voice: 'neutral' })).toBe('a team member')
  })

  it("uses the user's own wording, shortened to 'the' on a later mention", () => {
    const own = person('Account director', 'senior', 'a senior account director at the vendor')
    expect(describePerson(own)).toBe('a senior account director at the vendor')
    expect(describePerson(own, { mention: 'later' })).toBe(
      'the senior account director at the vendor',
    )
  })

  it('never names, never shows a level in parentheses, always starts with an article', () => {
    fc.assert(
      fc.property(
        fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/), { nil: undefined }),
        fc.constantFrom(...LEVELS),
        fc.constantFrom('first' as const, 'later' as const),
        fc.constantFrom('mine' as const, 'neutral' as const),
        (role, level, mention, voice) => {
          const text = describePerson(person(role, level), { mention, voice })
          expect(text).not.toMatch(/Maria|Lopez/)
          expect(text).not.toMatch(/\((?:team|peer|senior|executive)/i)
          expect(text).toMatch(/^(?:a|an|the) \S/)
        },
      ),
    )
  })
})

describe('possessive and articles', () => {
  it('shortens the possessive so it reads', () => {
    expect(describePossessive(person('Project manager', 'team'))).toBe("the project manager's")
    expect(describePossessive(person('Director of Operations', 'senior'))).toBe(
      "the Director of Operations'",
    )
    expect(possessive('the COO')).toBe("the COO's")
    expect(possessive('the head of sales')).toBe("the head of sales'")
    expect(possessive('the boss')).toBe("the boss's")
  })

  it.each([
    ['hour', 'an'],
    ['HR partner', 'an'],
    ['QA engineer', 'a'],
    ['user researcher', 'a'],
    ['engineer', 'an'],
    ['SRE', 'an'],
  ])('"%s" takes "%s"', (phrase, article) => expect(indefiniteArticle(phrase)).toBe(article))

  it('lowers common words of a role and keeps names after "at" or "of"', () => {
    expect(roleInProse('Senior Developer')).toBe('senior developer')
    expect(roleInProse('Account manager at Acme Logistics')).toBe(
      'account manager at Acme Logistics',
    )
    expect(capitalise('the COO')).toBe('The COO')
  })
})
