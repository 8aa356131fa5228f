import { describe, expect, it } from 'vitest'
import { createBulletChecker, generateBullets } from '../../../../shared/bullets'
import type { Entry } from '../../../../shared/entry'
import { fixtureJournal, FIXTURE_AS_OF } from '../../../fixtures/journal'

const asOf = FIXTURE_AS_OF

function byId(id: string): Entry {
  const entry = fixtureJournal.find((e) => e.id === id)
  if (!entry) throw new Error(`no fixture ${id}`)
  return entry
}

describe('generateBullets on the fixture journal', () => {
  it('writes these ranked bullets (golden, read and judged)', () => {
    const bullets = generateBullets(fixtureJournal, { asOf, role: 'pmo-lead' })
    expect(bullets.map((b) => `${b.rank}. [${b.entryId}] ${b.text}`)).toMatchInlineSnapshot(`
      [
        "1. [fx-11-roadmap] Drafted a three-horizon roadmap tying 12 projects to the 2027 company goals; the COO approved the roadmap and a budget for 2 additional project manager roles",
        "2. [fx-01-close] Accelerated the month-end close 18% by mapping the close process with a business analyst on the team and the finance team, and removing 6 manual hand-offs",
        "3. [fx-07-intake] Designed a one-page intake form and a monthly prioritisation board with the department heads, declining 7 projects before funding",
        "4. [fx-02-hosting] Saved 120,000 USD annual hosting cost for the CFO by renegotiating the hosting contract and moving 40 test environments to scheduled shutdown",
        "5. [fx-06-client] Renewed a 2.4 million EUR annual contract for the Director of Customer Success by setting up a joint war room, fixing the release checklist and reporting daily to the client",
        "6. [fx-10-payroll] Removed 4 payroll interface incidents per quarter by tracing the failures to an expired certificate rotation script and getting the infrastructure team to own an automated renewal",
        "7. [fx-05-scope] Held the line with the COO against a late request to add a reporting module to the ERP go-live, showing that adding the module would push go-live by 6 weeks",
        "8. [fx-12-board] Rewrote the programme status into a one-page risk summary with three decisions for the board, giving the VP Finance a one-page view of ERP programme risk",
        "9. [fx-08-status] Saved 30 minutes per weekly leadership meeting by consolidating five project status reports into one dashboard for the leadership team",
        "10. [fx-16-recognition] Presented the go-live story at the all-hands and named each support engineer; two support engineers were invited to the operations planning group",
        "11. [fx-09-migration] Added a reconciliation report comparing record counts before and after each migration run, giving a QA lead confidence that the CRM data migration would not lose customer records",
        "12. [fx-13-pmp] Passed the PMP exam on the first attempt by studying 6 hours a week for 10 weeks",
        "13. [fx-03-coaching] Coached a junior project manager on the team through three rehearsals; she ran the April steering committee alone and was asked to lead the next phase",
      ]
    `)
  })

  it('shows every check and asks for a number when the entry has none', () => {
    const bullets = generateBullets(fixtureJournal, { asOf, role: 'pmo-lead' })
    const coaching = bullets.find((b) => b.entryId === 'fx-03-coaching')!
    expect(coaching.checks).toEqual({
      strongVerb: true,
      hasNumber: false,
      lengthOk: true,
      noFirstPerson: true,
      noNames: true,
    })
    expect(coaching.hints).toEqual(['Add a number: how much time, money or how many people?'])
    expect(coaching.text).not.toMatch(/Sarah/)
  })

  it('leaves out deleted entries and conversations not marked resume-worthy', () => {
    const ids = generateBullets(fixtureJournal, { asOf }).map((b) => b.entryId)
    expect(ids).not.toContain('fx-14-deleted')
    expect(ids).not.toContain('fx-04-tom')
    expect(ids).not.toContain('fx-15-handover')
    expect(ids).toContain('fx-05-scope')
  })

  it('keeps names when share-safe is off, and says so in the checks', () => {
    const bullets = generateBullets(fixtureJournal, { asOf, shareSafe: false })
    const win = bullets.find((b) => b.entryId === 'fx-02-hosting')!
    expect(win.text).toContain('for James Whitfield by')
    expect(win.checks.noNames).toBe(false)
    const safe = generateBullets(fixtureJournal, { asOf }).find((b) => b.entryId === win.entryId)!
    // Described in words, never with the level in parentheses.
    expect(safe.text).toContain('for the CFO by')
    expect(safe.text).not.toMatch(/\(/)
    expect(safe.checks.noNames).toBe(true)
  })

  it('filters by period', () => {
    const bullets = generateBullets(fixtureJournal, { asOf, from: '2026-07-01', to: '2026-09-30' })
    expect(bullets.map((b) => b.entryId).sort()).toEqual([
      'fx-09-migration',
      'fx-10-payroll',
      'fx-11-roadmap',
    ])
  })

  it('ranks by the target role: people work rises for a first-time people manager', () => {
    const rankOf = (role: 'pmo-lead' | 'people-manager') =>
      generateBullets(fixtureJournal, { asOf, role }).find((b) => b.entryId === 'fx-03-coaching')!
        .rank
    expect(rankOf('people-manager')).toBeLessThan(rankOf('pmo-lead'))
  })

  it("ranks by the user's own competency weights over the role's", () => {
    const rankOf = (weights: Record<string, number>) =>
      generateBullets(fixtureJournal, { asOf, role: 'pmo-lead', weights }).find(
        (b) => b.entryId === 'fx-03-coaching',
      )!.rank
    const own = Object.fromEntries(byId('fx-03-coaching').competencies.map((c) => [c, 1]))
    expect(rankOf(own)).toBeLessThan(rankOf({}))
  })

  it('writes only the strongest when given a limit', () => {
    const all = generateBullets(fixtureJournal, { asOf })
    expect(generateBullets(fixtureJournal, { asOf, limit: 3 })).toEqual(all.slice(0, 3))
    expect(generateBullets(fixtureJournal, { asOf, limit: 0 })).toEqual([])
  })
})

describe('near-duplicates', () => {
  it('collapse into the strongest one', () => {
    const roadmap = byId('fx-11-roadmap')
    const again: Entry = {
      ...roadmap,
      id: 'fx-11-again',
      // Older, so weaker: the original should win.
      occurredOn: '2026-03-01',
      action: `${(roadmap as { action: string }).action} again`,
    } as Entry
    const bullets = generateBullets([...fixtureJournal, again], { asOf })
    expect(bullets).toHaveLength(generateBullets(fixtureJournal, { asOf }).length)
    const ids = bullets.map((b) => b.entryId)
    expect(ids).toContain('fx-11-roadmap')
    expect(ids).not.toContain('fx-11-again')
    expect(bullets.map((b) => b.rank)).toEqual(bullets.map((_, i) => i + 1))
  })
})

describe('createBulletChecker (edited bullets)', () => {
  const check = createBulletChecker(fixtureJournal, 'pmo-lead')

  it('flags what an edit broke, in plain words', () => {
    const result = check('I helped Maria with 25 reports', byId('fx-12-board'))
    expect(result.checks).toEqual({
      strongVerb: false,
      hasNumber: true,
      lengthOk: true,
      noFirstPerson: false,
      noNames: false,
    })
    expect(result.hints.join(' ')).toMatch(/strong past-tense verb/)
    expect(result.hints.join(' ')).toMatch(/Leave out I, me, my/)
    expect(result.hints.join(' ')).toMatch(/Replace names/)
    expect(result.hints.join(' ')).toMatch(/The number 25 is not in the entry/)
  })

  it('passes a good edit', () => {
    const result = check(
      'Rewrote the ERP status into a one-page board risk summary with three decisions',
      byId('fx-12-board'),
    )
    expect(result.checks.strongVerb && result.checks.noNames && result.checks.lengthOk).toBe(true)
    expect(result.hints).toEqual(['Add a number: how much time, money or how many people?'])
  })
})
