// How one bullet is written: its shape, its people, its pronouns and its openings.
import { describe, expect, it } from 'vitest'
import {
  gerund,
  generateBullets,
  metricPhrase,
  metricResult,
  type BulletOptions,
} from '../../../../shared/bullets'
import { clausesOf, dropTail, gerundClause, joinList } from '../../../../shared/bullets/clauses'
import type {
  DifficultConversation,
  Entry,
  LeadershipMoment,
  Person,
  StakeholderWin,
} from '../../../../shared/entry'

const stamp = '2026-11-01T10:00:00.000Z'
const common = {
  occurredOn: '2026-11-01',
  notes: 'Private: Kevin was late again.',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
}

const liam: Person = { name: 'Liam Walsh', role: 'Business analyst', level: 'team' }
const fatima: Person = {
  name: 'Fatima Haddad',
  role: 'Director of Warehouse Operations',
  level: 'senior',
}
const olivia: Person = { name: 'Olivia Grant', role: 'VP Sales', level: 'executive' }
const ben: Person = { name: 'Ben Carter', role: 'Account manager at the ERP vendor', level: 'peer' }
const maria: Person = { name: 'Maria Lopez', role: 'VP Finance', level: 'executive' }

function moment(fields: Partial<LeadershipMoment>): LeadershipMoment {
  return {
    ...common,
    id: 'lm',
    kind: 'leadership-moment',
    title: 'Untitled',
    competencies: ['people'],
    people: [],
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    mode: 'leader',
    ...fields,
  }
}

function talk(fields: Partial<DifficultConversation>): DifficultConversation {
  return {
    ...common,
    id: 'dc',
    kind: 'difficult-conversation',
    title: 'A conversation',
    competencies: ['conflict'],
    people: [],
    counterpart: olivia,
    topic: '',
    preparation: '',
    whatISaid: '',
    outcome: 'resolved',
    lesson: '',
    resumeWorthy: true,
    ...fields,
  }
}

function win(fields: Partial<StakeholderWin>): StakeholderWin {
  return {
    ...common,
    id: 'sw',
    kind: 'stakeholder-win',
    title: 'A win',
    competencies: ['stakeholders'],
    people: [],
    stakeholder: maria,
    need: '',
    delivered: '',
    feedback: '',
    ...fields,
  }
}

function bulletOf(entry: Entry, options: Partial<BulletOptions> = {}): string {
  const [bullet] = generateBullets([entry], { asOf: '2026-12-01', ...options })
  return bullet!.text
}

describe('the shape of a bullet', () => {
  it('leads with a strong metric and says how after "by", with no "resulting in"', () => {
    const text = bulletOf(
      win({
        stakeholder: { name: 'Marcus Reid', role: 'CFO', level: 'executive' },
        delivered:
          'Automated the accrual reconciliations and removed four manual hand-offs between projects and finance.',
        metric: { value: 18, unit: '%', measure: 'faster month-end close' },
      }),
    )
    expect(text).toBe(
      'Accelerated the month-end close 18% for the CFO by automating the accrual reconciliations and removing four manual hand-offs between projects and finance',
    )
  })

  it('puts a weaker metric after what was done, as its result', () => {
    const text = bulletOf(
      moment({
        action: 'Designed a one-page intake form and a monthly prioritisation board',
        metric: { value: 7, unit: 'projects', measure: 'declined before funding' },
      }),
    )
    expect(text).toBe(
      'Designed a one-page intake form and a monthly prioritisation board, declining 7 projects before funding',
    )
  })

  it('leads with a result that is itself something done', () => {
    const text = bulletOf(
      moment({
        title: 'Passed ITIL 4 Foundation',
        action:
          'Studied 30 minutes a day for six weeks and applied each module to our incident process.',
        result: 'Passed ITIL 4 Foundation with 36 of 40.',
      }),
    )
    expect(text).toBe(
      'Passed ITIL 4 Foundation with 36 of 40 by studying 30 minutes a day for six weeks and applying each module to the incident process',
    )
  })

  it('never says "for the board" twice', () => {
    const text = bulletOf(
      win({
        title: 'Board pack',
        delivered:
          'rewrote the programme status into a one-page risk summary with three decisions for the board',
        need: 'a one-page view of ERP programme risk for the board',
      }),
    )
    expect(text.match(/for the board/g)).toHaveLength(1)
    expect(text).toContain('giving the VP Finance a one-page view of ERP programme risk')
  })

  it('drops whole phrases to fit, never the metric and never mid-phrase', () => {
    const text = bulletOf(
      moment({
        people: [liam, fatima],
        action:
          'Mapped every hand-off between the warehouse, finance and the service desk with Liam, interviewed the twelve team leads across three sites, rewrote the escalation rules, trained the night shift and published the new runbook',
        metric: { value: 40, unit: '%', measure: 'fewer warehouse support tickets' },
      }),
    )
    expect(text.length).toBeLessThanOrEqual(180)
    expect(text).toMatch(/^Cut warehouse support tickets 40% by mapping every hand-off/)
    expect(text).not.toMatch(/(?:,|;| and| with| by)$/)
  })
})

describe('people in a bullet', () => {
  const coaching = moment({
    title: 'Coached Liam to lead his first requirements workshop',
    people: [liam, fatima],
    action:
      'Rehearsed the opening and the two hardest questions with him, agreed a signal if he wanted help, and did not use it.',
    result: 'Liam ran the workshop; Fatima asked for him by name for the next phase.',
  })

  it('describes people in share-safe mode, and a later mention in the entry’s own pronoun', () => {
    const text = bulletOf(coaching)
    expect(text).toMatch(/^Coached a business analyst on the team to lead his first/)
    expect(text).toContain('; he ran the workshop')
    expect(text).not.toMatch(/Liam|Fatima|Walsh|Haddad|\((?:team|peer|senior|executive)\)/)
  })

  it('writes full names with share-safe off, and ties a pronoun to its person', () => {
    const text = bulletOf(
      moment({
        title: 'Handed over the steering pack',
        people: [{ name: 'Aisha Bello', role: 'Project manager', level: 'team' }],
        action: 'Agreed the storyline with her and let her present the risks section.',
      }),
      { shareSafe: false },
    )
    expect(text).toBe(
      'Handed over the steering pack by agreeing the storyline with Aisha Bello and letting her present the risks section',
    )
  })

  it('replaces a pronoun whose person the bullet has not named with their description', () => {
    const text = bulletOf(
      moment({
        people: [{ name: 'Aisha Bello', role: 'Project manager', level: 'team' }],
        action: 'Reviewed two drafts with her and let her present the risks section.',
      }),
    )
    expect(text).toBe(
      'Reviewed two drafts with a project manager on the team and let her present the risks section',
    )
  })

  it('leaves a pronoun alone when nothing ties it to one person', () => {
    const text = bulletOf(
      moment({
        people: [liam, fatima],
        action: 'Planned the cut-over with the team, then checked it with him.',
      }),
    )
    expect(text).toBe('Planned the cut-over with the team')
  })

  it('makes a bare first name of the entry’s person their full name when share-safe is off', () => {
    const text = bulletOf(
      moment({
        people: [liam],
        action: 'Ran a blameless review with Liam and moved the backup window.',
      }),
      { shareSafe: false },
    )
    expect(text).toContain('with Liam Walsh and')
  })

  it('never brings in a number from someone else’s role', () => {
    const tier: Person = { name: 'Noor Aziz', role: 'Tier 2 lead', level: 'peer' }
    const other = moment({ id: 'other', people: [tier], action: 'Met Noor.' })
    const entry = moment({ action: 'Reviewed the backlog with Noor.' })
    const [bullet] = generateBullets([other, entry], { asOf: '2026-12-01', limit: 2 }).filter(
      (b) => b.entryId === 'lm',
    )
    expect(bullet!.text).toBe('Reviewed the backlog with a colleague from another team')
  })
})

describe('conversations', () => {
  it('open from what they achieved, not all with "Led a difficult conversation"', () => {
    const line = bulletOf(
      talk({
        title: 'Said no to a mid-release CRM change for Sales',
        topic: 'Adding a discount-approval workflow to the CRM two weeks before the release.',
      }),
    )
    const slip = bulletOf(
      talk({
        title: 'Escalated missed SLAs with the ERP vendor',
        counterpart: ben,
        topic: 'Three priority tickets answered outside the four-hour SLA in one month.',
        outcome: 'in-progress',
      }),
    )
    const expectation = bulletOf(
      talk({
        title: 'Gave Liam feedback on skipped reviews',
        counterpart: liam,
        topic: 'Merging to the release branch without a second reviewer.',
      }),
    )
    expect([line, slip, expectation]).toEqual([
      'Held the line with the VP Sales against adding a discount-approval workflow to the CRM two weeks before the release',
      'Held an account manager at the ERP vendor to account for three priority tickets answered outside the four-hour SLA in one month',
      'Reset expectations with a business analyst on the team on merging to the release branch without a second reviewer',
    ])
  })

  it('claim an outcome only when the conversation was resolved', () => {
    const open = bulletOf(
      talk({
        title: 'Said no to a late scope change',
        topic: 'A late scope change.',
        outcome: 'unresolved',
      }),
    )
    expect(open).toBe('Pushed back on a late scope change with the VP Sales')
  })
})

describe('pieces', () => {
  it('puts verbs in the -ing form', () => {
    expect(
      ['re-sequenced', 'ran', 'agreed', 'trialled', 'studied', 'let', 'took', 'traced'].map(gerund),
    ).toEqual([
      're-sequencing',
      'running',
      'agreeing',
      'trialling',
      'studying',
      'letting',
      'taking',
      'tracing',
    ])
    expect(gerundClause('agreed a signal, and did not use it')).toBe(
      'agreeing a signal, and not using it',
    )
    expect(gerundClause('the budget')).toBeUndefined()
  })

  it('splits a list of things done, not a subject’s shared verbs or a list of people', () => {
    const texts = (text: string) => clausesOf(text).map((c) => c.text)
    expect(
      texts(
        'Ran a blameless review with Kevin and Peter, traced it to a backup job, and moved the backup window.',
      ),
    ).toEqual([
      'Ran a blameless review with Kevin and Peter',
      'traced it to a backup job',
      'moved the backup window',
    ])
    expect(
      texts('Sarah ran the steering committee alone and was asked to lead the next phase.'),
    ).toEqual(['Sarah ran the steering committee alone and was asked to lead the next phase'])
  })

  it('joins a list, with a comma before "and" when an item has its own', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c')
    expect(joinList(['with A and B', 'moved it'])).toBe('with A and B, and moved it')
  })

  it('says a metric as what was accomplished, from its own words only', () => {
    const said = (value: number, unit: string, measure: string) =>
      metricResult({ value, unit, measure })?.text
    expect(said(18, '%', 'faster month-end close')).toBe('Accelerated the month-end close 18%')
    expect(said(12, '%', 'lower annual support contract cost')).toBe(
      'Cut the annual support contract cost 12%',
    )
    expect(said(9, 'incidents', 'fewer P1 incidents per quarter')).toBe(
      'Prevented 9 P1 incidents per quarter',
    )
    expect(said(84000, 'USD', 'annual licence spend avoided')).toBe(
      'Avoided 84,000 USD annual licence spend',
    )
    expect(said(5, 'weeks', 'of a 6-week vendor slip recovered')).toBe(
      'Recovered 5 weeks of a 6-week vendor slip',
    )
    expect(said(2, 'days', 'saved on every board pack')).toBe('Saved 2 days on every board pack')
    expect(said(5, 'projects', 'adopted the new standard')).toBeUndefined()
    expect(said(-3, '%', 'faster close')).toBeUndefined()
  })

  it('says a unit of one in the singular', () => {
    expect(metricPhrase({ value: 1, unit: 'days', measure: 'saved per reporting cycle' })).toBe(
      '1 day saved per reporting cycle',
    )
  })

  it('drops a trailing phrase whole, never leaving one that needs what followed', () => {
    expect(
      dropTail('Traced the drop-outs to a firmware reboot timer with an infrastructure lead'),
    ).toBe('Traced the drop-outs to a firmware reboot timer')
    expect(dropTail('Delivered a triage rota and routing rules based on a month of data')).toBe(
      undefined,
    )
  })

  it('writes a metric the one way, grouped by the locale', () => {
    expect(metricPhrase({ value: 1234, unit: 'hours', measure: 'saved' })).toBe('1,234 hours saved')
    expect(metricPhrase({ value: 0.125, unit: '%', measure: 'lower churn' })).toBe(
      '0.125% lower churn',
    )
    expect(metricPhrase({ value: 84000, unit: 'USD', measure: 'saved' }, 'de-DE')).toBe(
      '84.000 USD saved',
    )
  })
})
