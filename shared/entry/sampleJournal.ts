// The built-in sample journal shown on first run: five months in the life of a senior IT
// project manager working towards Director of Operations. It is the first thing a new
// user reads, so it shows good entries rather than many: every kind, STAR with honest
// reflections, SBI-framed conversations, quotes, numbers on about half. Competencies are
// deliberately uneven (thin on influence and growth) so the readiness view shows gaps.
// Dates are computed back from `asOf`, so the sample always looks recent.
import { addDays } from '../time'
import { entrySchema, type Entry, type EntryInput, type Person } from './entry'

const people = {
  helen: { name: 'Helen Brooks', role: 'COO', level: 'executive' },
  marcus: { name: 'Marcus Reid', role: 'CFO', level: 'executive' },
  olivia: { name: 'Olivia Grant', role: 'VP Sales', level: 'executive' },
  david: { name: 'David Chen', role: 'Director of IT', level: 'senior' },
  fatima: { name: 'Fatima Haddad', role: 'Director of Warehouse Operations', level: 'senior' },
  grace: { name: 'Grace Liu', role: 'Head of Customer Service', level: 'senior' },
  peter: { name: 'Peter Novak', role: 'Infrastructure lead', level: 'peer' },
  nadia: { name: 'Nadia Rahman', role: 'Security manager', level: 'peer' },
  ben: { name: 'Ben Carter', role: 'Account manager at the ERP vendor', level: 'peer' },
  sofia: { name: 'Sofia Alvarez', role: 'Product owner', level: 'peer' },
  kevin: { name: "Kevin O'Brien", role: 'Senior developer', level: 'team' },
  aisha: { name: 'Aisha Bello', role: 'Project manager', level: 'team' },
  liam: { name: 'Liam Walsh', role: 'Business analyst', level: 'team' },
  yuki: { name: 'Yuki Tanaka', role: 'QA engineer', level: 'team' },
} satisfies Record<string, Person>

type Common = 'id' | 'occurredOn' | 'createdAt' | 'updatedAt' | 'sample'
/** An entry as written below; guided text fields left out read as empty (see fields.ts). */
type Draft = EntryInput extends infer E ? (E extends unknown ? Omit<E, Common> : never) : never

interface Dated {
  /** Days before asOf the entry happened (0 = asOf). */
  daysAgo: number
  draft: Draft
  /** For conversations: follow-up relative to asOf, and whether it was done. */
  followUp?: { daysFromAsOf: number; done: boolean }
}

const SAMPLE: readonly Dated[] = [
  {
    daysAgo: 148,
    draft: {
      kind: 'leadership-moment',
      title: 'Re-planned the ERP migration after the vendor slipped',
      notes:
        'The vendor told us on a Friday that the data-migration toolkit would be **six weeks late**.\n\n- Options I put to Helen: wait, split the release, or migrate master data by hand\n- We chose to split; the finance modules went first',
      competencies: ['strategy', 'results', 'communication'],
      people: [people.helen, people.ben],
      metric: { value: 5, unit: 'weeks', measure: 'of a 6-week vendor slip recovered' },
      tags: ['erp', 'planning'],
      situation:
        'Two months before go-live the ERP vendor announced a six-week delay on its migration toolkit.',
      task: 'Protect the year-end go-live without asking the business for more budget.',
      action:
        'Re-sequenced the release so finance went live first on the existing toolkit, moved two analysts onto master-data cleansing, and took three costed options to the COO.',
      result: 'Finance went live one week late instead of six; the rest followed in the next wave.',
      reflection:
        'Taking options instead of a problem to Helen changed the conversation. I would do it on day one next time, not day four.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 141,
    draft: {
      kind: 'stakeholder-win',
      title: 'Shortened the month-end close for the CFO',
      notes:
        'First close on the new ERP. Marcus had said in the kickoff that the close was *the* measure he would judge the project by.',
      competencies: ['business', 'stakeholders', 'results'],
      people: [people.liam],
      metric: { value: 18, unit: '%', measure: 'faster month-end close' },
      tags: ['erp', 'finance'],
      stakeholder: people.marcus,
      need: 'A month-end close that finishes before the board pack is due, not the day after.',
      delivered:
        'Automated the accrual reconciliations and removed four manual hand-offs between projects and finance.',
      feedback:
        '"First month in two years I did not have to apologise to the board for late numbers."',
    },
  },
  {
    daysAgo: 135,
    followUp: { daysFromAsOf: -121, done: true },
    draft: {
      kind: 'difficult-conversation',
      title: 'Talked to Kevin about skipped code reviews',
      notes:
        'I had put this off for two sprints. Wrote the SBI outline the night before and kept it to ten minutes.',
      competencies: ['conflict', 'people'],
      people: [],
      counterpart: people.kevin,
      topic: 'Merging to the release branch without a second reviewer.',
      preparation:
        'Pulled the three merges that caused rework, wrote an SBI outline, and decided what I wanted from him: reviews back, not an apology.',
      whatISaid:
        'In the last two sprints (situation) you merged three changes without a review (behaviour). Yuki lost two days retesting and the team saw that the rule is optional for seniors (impact).',
      outcome: 'resolved',
      lesson:
        'He had a reason: reviews sat for days. Ask for his side before the impact, not after. We now have a 24-hour review rule.',
      resumeWorthy: false,
      tags: ['feedback', 'engineering'],
    },
  },
  {
    daysAgo: 128,
    draft: {
      kind: 'leadership-moment',
      title: 'Ran the finance cut-over weekend',
      notes: 'Runbook of 212 steps, three shifts, one war room. Went to plan.',
      competencies: ['process', 'results'],
      people: [people.peter, people.yuki, people.aisha],
      tags: ['erp', 'cut-over'],
      situation: 'The finance modules had to move to the new ERP over one weekend.',
      task: 'Coordinate infrastructure, QA and finance through the cut-over runbook.',
      action:
        'Ran the hourly checkpoints, tracked every step against the runbook and sent the status note every four hours.',
      result: 'Cut-over finished four hours early with no rollback.',
      reflection:
        'This was managing, not leading: the plan was good and I kept it on rails. Worth doing, but not evidence for the next role.',
      mode: 'manager',
    },
  },
  {
    daysAgo: 120,
    draft: {
      kind: 'leadership-moment',
      title: 'Handed the steering committee pack to Aisha',
      notes: 'Aisha asked for more exposure to senior people. This was the obvious place to start.',
      competencies: ['people', 'communication'],
      people: [people.aisha, people.david],
      tags: ['mentoring', 'governance'],
      situation: 'I wrote every steering committee pack myself, which took a day a month.',
      task: 'Give Aisha visible work with directors and get a day back for myself.',
      action:
        'Agreed the storyline with her, reviewed two drafts with questions rather than edits, and let her present the risks section.',
      result:
        'Aisha now owns the pack; David asked her to present it at the next IT leadership meeting.',
      reflection:
        'Resisting the urge to rewrite her slides was the hard part. Questions worked better.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 113,
    draft: {
      kind: 'stakeholder-win',
      title: 'Fixed the root cause of the warehouse scanner drop-outs',
      notes:
        'Tickets had been closed as "reconnected" for a year. Nobody had asked why.\n\n**Cause:** access points rebooting on a firmware timer during the night shift.',
      competencies: ['results', 'stakeholders'],
      people: [people.peter],
      metric: { value: 40, unit: '%', measure: 'fewer warehouse support tickets' },
      tags: ['operations', 'root-cause'],
      stakeholder: people.fatima,
      need: 'Scanners that stay connected through the night shift so pickers stop re-scanning.',
      delivered:
        'Traced the drop-outs to a firmware reboot timer with Peter, changed the schedule and added an alert.',
      feedback:
        '"You are the first person from IT who came to the floor at 2 a.m. to see it for yourself."',
    },
  },
  {
    daysAgo: 106,
    followUp: { daysFromAsOf: -92, done: true },
    draft: {
      kind: 'difficult-conversation',
      title: 'Said no to a mid-release CRM change for Sales',
      notes:
        'Olivia went to Helen first. Helen sent her back to me, which I took as trust.\n\n- Held the no\n- Offered a date instead of a maybe',
      competencies: ['conflict', 'stakeholders', 'strategy'],
      people: [people.helen, people.sofia],
      counterpart: people.olivia,
      topic: 'Adding a discount-approval workflow to the CRM two weeks before the release.',
      preparation:
        'Costed the change with Sofia (three weeks, plus retesting the quote flow) and prepared the next release date as the alternative.',
      whatISaid:
        'Two weeks before release (situation), a new approval step means retesting every quote path (what the change does), and that puts the release and the Q3 pricing update at risk (impact). I can commit to it in the next release, on the 14th.',
      outcome: 'resolved',
      lesson:
        'A no with a date attached lands far better than a no with reasons. Lead with the date.',
      resumeWorthy: true,
      tags: ['sales', 'scope'],
    },
  },
  {
    daysAgo: 99,
    draft: {
      kind: 'leadership-moment',
      title: 'Introduced a change-readiness checklist across projects',
      notes:
        'Failed changes were the top item in the monthly ops review. The checklist is one page; that was the point.',
      competencies: ['process', 'results'],
      people: [people.nadia, people.peter, people.aisha],
      metric: { value: 35, unit: '%', measure: 'fewer failed changes' },
      tags: ['governance', 'change-management'],
      situation: 'One in five production changes was rolled back, mostly for missing steps.',
      task: 'Cut failed changes without adding a new approval board.',
      action:
        'Wrote a one-page readiness checklist with Nadia and Peter, trialled it on my projects for a month, then proposed it to the change advisory board with the numbers.',
      result: 'Adopted by all six project teams; failed changes fell over the next quarter.',
      reflection:
        'Trialling it on my own projects first gave me the evidence to make it a standard.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 92,
    draft: {
      kind: 'leadership-moment',
      title: 'Wrote the weekly migration status report',
      notes: 'David asked why nobody acted on the amber items. Fair question.',
      competencies: ['communication'],
      people: [people.david],
      tags: ['reporting', 'erp'],
      situation:
        'The migration status report listed 14 amber risks and nothing changed week to week.',
      task: 'Keep the status report going for the programme board.',
      action: 'Compiled updates from five workstreams and circulated the report on Fridays.',
      result: 'The report went out on time; the amber list stayed the same length.',
      reflection:
        'I reported what happened instead of asking for decisions. Next report: three decisions needed, owner and date on each.',
      mode: 'manager',
    },
  },
  {
    daysAgo: 85,
    draft: {
      kind: 'stakeholder-win',
      title: 'Gave the COO a one-page portfolio view for the board',
      notes:
        'Replaced a 30-slide deck. Helen presented it unchanged, which is the best review a slide can get.',
      competencies: ['communication', 'strategy', 'stakeholders'],
      people: [people.aisha],
      metric: { value: 2, unit: 'days', measure: 'saved on every board pack' },
      tags: ['portfolio', 'board'],
      stakeholder: people.helen,
      need: 'A view of all twelve IT projects the board could read in two minutes.',
      delivered:
        'A single page grouping projects by business goal, with the three decisions the board needed to take.',
      feedback: '"This is the first time the board argued about priorities instead of fonts."',
    },
  },
  {
    daysAgo: 78,
    followUp: { daysFromAsOf: -50, done: true },
    draft: {
      kind: 'difficult-conversation',
      title: 'Disagreed with Peter about patching windows',
      notes: 'Peer conflict, no authority either way. Took it out of email and into a room.',
      competencies: ['conflict', 'process'],
      people: [people.nadia],
      counterpart: people.peter,
      topic:
        'Infrastructure wanted patching on weekday evenings, which collided with our releases.',
      preparation:
        'Listed the six collisions from the last quarter and asked Nadia which patches truly could not wait.',
      whatISaid:
        'Last month (situation) patching and releases landed on the same night twice (behaviour). Both teams were up until 3 a.m. and one release rolled back (impact). Can we share one calendar and agree who moves?',
      outcome: 'resolved',
      lesson:
        'Bring the data, not the grievance. A shared calendar solved what a month of email did not.',
      resumeWorthy: false,
      tags: ['infrastructure', 'release'],
    },
  },
  {
    daysAgo: 71,
    draft: {
      kind: 'leadership-moment',
      title: 'Found licence overspend in the IT re-forecast',
      notes:
        'Started as a routine re-forecast. Ended with a licence audit.\n\n| item | seats paid | seats used |\n| --- | --- | --- |\n| CRM | 420 | 310 |\n| BI tool | 150 | 62 |',
      competencies: ['business', 'results'],
      people: [people.david, people.marcus],
      metric: { value: 84000, unit: 'USD', measure: 'annual licence spend avoided' },
      tags: ['budget', 'finance'],
      situation: 'The mid-year IT re-forecast was 6 % over budget with no clear cause.',
      task: 'Explain the variance to David and the CFO and bring it back in line.',
      action:
        'Matched invoices to active users for every licensed tool, found 198 unused seats, and agreed the reductions with each budget owner before renewal.',
      result: 'Cut the renewals in time and brought the forecast back within budget.',
      reflection:
        'Owning the number instead of explaining it was what David noticed. Do the licence check every renewal, not every crisis.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 64,
    draft: {
      kind: 'leadership-moment',
      title: 'Passed ITIL 4 Foundation',
      notes: 'Six weeks of early mornings. Planning to start on PgMP in the new year.',
      competencies: ['growth'],
      people: [],
      tags: ['certification', 'learning'],
      situation: 'Moving towards operations means service management, not just projects.',
      task: 'Learn the language the operations team uses and prove it.',
      action:
        'Studied 30 minutes a day for six weeks and applied each module to our incident process.',
      result: 'Passed ITIL 4 Foundation with 36 of 40.',
      reflection:
        'Applying each module to real work made it stick. Book the PgMP application date now so it does not drift.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 57,
    draft: {
      kind: 'stakeholder-win',
      title: 'Cut ticket resolution time for Customer Service',
      notes:
        'Grace had escalated twice. A triage rota fixed most of it; the rest was routing rules.',
      competencies: ['results', 'process', 'stakeholders'],
      people: [people.liam, people.yuki],
      metric: { value: 27, unit: '%', measure: 'shorter ticket resolution time' },
      tags: ['operations', 'service-desk'],
      stakeholder: people.grace,
      need: 'Customer-facing tickets answered within the day, not bounced between teams.',
      delivered:
        'A daily triage rota across three teams and routing rules based on a month of ticket data.',
      feedback: '"My team noticed in a week. Customers noticed in a month."',
    },
  },
  {
    daysAgo: 50,
    followUp: { daysFromAsOf: -20, done: true },
    draft: {
      kind: 'difficult-conversation',
      title: 'Asked David what stands between me and a director role',
      notes:
        'The hardest one to start because it was about me. He was more direct than I expected, which helped.',
      competencies: ['conflict', 'communication'],
      people: [],
      counterpart: people.david,
      topic: 'What evidence the leadership team would need to back me for Director of Operations.',
      preparation:
        'Wrote down my three strongest examples and asked myself which of them a director would call leadership.',
      whatISaid:
        'I asked for the honest version: what would make the leadership team hesitate if my name came up next cycle?',
      outcome: 'in-progress',
      lesson:
        '"You report very well; I want to see you steer." Listen to the end before defending. Now logging the moments where I steer.',
      resumeWorthy: false,
      tags: ['career', 'feedback'],
    },
  },
  {
    daysAgo: 44,
    draft: {
      kind: 'leadership-moment',
      title: 'Coached Liam to lead his first requirements workshop',
      notes: 'Liam is sharp but quiet in rooms with directors. Paired prep, then I stayed silent.',
      competencies: ['people'],
      people: [people.liam, people.fatima],
      tags: ['mentoring'],
      situation:
        'The warehouse-system workshop needed a facilitator and Liam knew the process best.',
      task: 'Help Liam run it himself rather than run it for him.',
      action:
        'Rehearsed the opening and the two hardest questions with him, agreed a signal if he wanted help, and did not use it.',
      result: 'Liam ran the workshop; Fatima asked for him by name for the next phase.',
      reflection:
        'Agreeing the signal in advance made it easy for both of us to leave him the room.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 38,
    draft: {
      kind: 'stakeholder-win',
      title: 'Renegotiated the ERP support contract',
      notes: 'Used the SLA history from the scanner and cut-over work as leverage.',
      competencies: ['business', 'stakeholders'],
      people: [people.ben, people.david],
      metric: { value: 12, unit: '%', measure: 'lower annual support contract cost' },
      tags: ['vendor', 'finance'],
      stakeholder: people.marcus,
      need: 'A lower support cost at renewal without losing the four-hour response time.',
      delivered:
        'Brought twelve months of SLA data to the vendor, traded a two-year term for a lower rate and kept the response time.',
      feedback: '"Good deal, and better, a deal you could explain to me in one line."',
    },
  },
  {
    daysAgo: 31,
    draft: {
      kind: 'leadership-moment',
      title: 'Stopped the Monday batch failures for good',
      notes:
        'Third P1 in a quarter from the same job. Everyone knew the workaround; nobody owned the cause.',
      competencies: ['results', 'process'],
      people: [people.kevin, people.peter],
      metric: { value: 9, unit: 'incidents', measure: 'fewer P1 incidents per quarter' },
      tags: ['root-cause', 'operations'],
      situation: 'The weekend batch failed most Mondays and the service desk restarted it by hand.',
      task: 'Find and remove the cause instead of improving the restart.',
      action:
        'Ran a blameless review with Kevin and Peter, traced it to a backup job locking the same tables, and moved the backup window.',
      result: 'No batch failures in the five weeks since; the manual restart step was retired.',
      reflection:
        'Asking "why does this keep happening" in the ops review took one sentence. Ask it sooner.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 26,
    followUp: { daysFromAsOf: 0, done: false },
    draft: {
      kind: 'difficult-conversation',
      title: 'Escalated missed SLAs with the ERP vendor',
      notes: 'Ben is a good contact; this was not personal, and I said so.',
      competencies: ['conflict', 'business'],
      people: [people.david],
      counterpart: people.ben,
      topic: 'Three priority tickets answered outside the four-hour SLA in one month.',
      preparation:
        'Collected ticket timestamps, checked the contract credit clause, and agreed with David how far I could go.',
      whatISaid:
        'In October (situation) three P1 tickets waited more than four hours (behaviour). The warehouse lost a night shift of scanning and finance delayed a payment run (impact). I need a recovery plan by the end of the month, and the service credits applied.',
      outcome: 'in-progress',
      lesson: 'Setting the date for the recovery plan in the room made the follow-up easy to hold.',
      resumeWorthy: true,
      tags: ['vendor', 'sla'],
    },
  },
  {
    daysAgo: 20,
    draft: {
      kind: 'leadership-moment',
      title: 'Organised the quarterly planning day',
      notes: 'Logistics, agenda, room, pre-reads. It ran smoothly.',
      competencies: ['process'],
      people: [people.aisha, people.sofia],
      tags: ['planning'],
      situation: 'IT needed a planning day to agree next quarter across six teams.',
      task: 'Book, prepare and run the day.',
      action: 'Collected the team plans, built the agenda and kept time on the day.',
      result: 'All six teams left with an agreed plan.',
      reflection:
        'I ran the meeting but did not shape the decisions. Next time, bring a point of view on priorities.',
      mode: 'manager',
    },
  },
  {
    daysAgo: 15,
    draft: {
      kind: 'leadership-moment',
      title: "Nominated Yuki for the company's quarterly award",
      notes:
        'She caught the pricing defect that would have hit every invoice. Said so in the all-hands channel too.',
      competencies: ['influence', 'people'],
      people: [people.yuki, people.helen],
      tags: ['recognition'],
      situation: 'Yuki found a rounding defect in invoice pricing two days before release.',
      task: 'Make sure the right people knew who saved the release.',
      action:
        'Wrote the nomination with the invoice numbers at stake and thanked her by name in the company channel.',
      result: 'Yuki won the award; Helen mentioned the catch at the all-hands.',
      reflection:
        'Recognition takes ten minutes and I do it too rarely. One thank-you note a week.',
      mode: 'leader',
    },
  },
  {
    daysAgo: 10,
    draft: {
      kind: 'stakeholder-win',
      title: 'Got the 2027 operations roadmap agreed with the COO',
      notes:
        'Started as a list of projects; ended as three outcomes with the projects underneath. Helen took it to the exec team unchanged.',
      competencies: ['strategy', 'communication', 'stakeholders'],
      people: [people.fatima, people.grace, people.david],
      tags: ['roadmap', 'strategy'],
      stakeholder: people.helen,
      need: 'A roadmap that tied IT work to the three operations goals for next year.',
      delivered:
        'Ran two sessions with Fatima and Grace, cut the list from 19 projects to 8 and named what we would stop.',
      feedback: '"This is the roadmap I would have written if I had the time. Present it with me."',
    },
  },
  {
    daysAgo: 6,
    followUp: { daysFromAsOf: 8, done: false },
    draft: {
      kind: 'difficult-conversation',
      title: "Raised Aisha's missed deadlines with her",
      notes: 'Two deadlines missed in a month, unlike her. Went in curious, not critical.',
      competencies: ['people', 'conflict'],
      people: [],
      counterpart: people.aisha,
      topic: 'Two milestone dates missed on the warehouse project without an early warning.',
      preparation:
        'Checked her workload first: she had picked up the steering pack and a second project. Planned to ask before telling.',
      whatISaid:
        'On the warehouse project (situation) two milestones passed without a heads-up (behaviour). Fatima heard about it from her own team first, which costs us trust (impact). What is getting in the way?',
      outcome: 'in-progress',
      lesson:
        'Part of the cause was me: I added the steering pack without taking anything away. Agreed what she drops.',
      resumeWorthy: false,
      tags: ['feedback', 'workload'],
    },
  },
  {
    daysAgo: 2,
    draft: {
      kind: 'leadership-moment',
      title: 'Presented the payment-run incident review to the executive team',
      notes: 'Ten minutes, three slides: what happened, why, what changes. No blame, no jargon.',
      competencies: ['communication', 'results'],
      people: [people.helen, people.marcus],
      tags: ['incident', 'board'],
      situation:
        'A failed interface delayed a supplier payment run by a day and the CFO wanted answers.',
      task: 'Explain the cause and the fix to the executive team and keep their confidence.',
      action:
        'Led the post-incident review, wrote the summary in business terms, and presented it with the two changes already scheduled.',
      result:
        'The exec team accepted the fixes without adding new controls; Marcus asked for the same format in future.',
      reflection:
        'Arriving with the fix already scheduled changed the questions from "why" to "when".',
      mode: 'leader',
    },
  },
]

/** A stable time on the day, varied by entry so lists do not show identical stamps. */
function stampOn(day: string, index: number): string {
  const hour = String(8 + (index % 10)).padStart(2, '0')
  const minute = String((index * 17) % 60).padStart(2, '0')
  return `${day}T${hour}:${minute}:00.000Z`
}

/** The sample journal as of a date: same entries, dates moved so the newest are recent. */
export function sampleJournal(asOf: string): Entry[] {
  return SAMPLE.map((sample, index) => entrySchema.parse(dated(asOf, sample, index)))
}

function dated(asOf: string, { daysAgo, draft, followUp }: Dated, index: number): EntryInput {
  const occurredOn = addDays(asOf, -daysAgo)
  const createdAt = stampOn(occurredOn, index)
  const base = {
    id: `sample-${String(index + 1).padStart(2, '0')}`,
    occurredOn,
    createdAt,
    updatedAt: createdAt,
    sample: true,
  }
  if (draft.kind !== 'difficult-conversation' || !followUp) return { ...draft, ...base }
  const followUpOn = addDays(asOf, followUp.daysFromAsOf)
  if (!followUp.done) return { ...draft, ...base, followUpOn }
  const followUpDoneAt = stampOn(followUpOn, index + 3)
  return { ...draft, ...base, followUpOn, followUpDoneAt, updatedAt: followUpDoneAt }
}
