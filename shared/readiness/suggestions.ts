// Concrete next steps for a competency that is a gap. Several per competency, rotated
// by week so the same gap offers fresh ideas instead of the same three lines forever.
// Each step has two wordings: the advice the Readiness view gives the user ("Write one
// page…"), and the same step as the user's own plan in the first person ("I will write
// one page…"), which documents for a manager print: a document is the user's, so it
// never coaches its reader.
import { toDayNumber } from '../time'
import { COMPETENCY_IDS, type CompetencyId } from '../entry'

export interface SuggestedStep {
  /** To the user, in the second person: the Readiness view. */
  advice: string
  /** The user's plan, first person, for a manager to read: the review, the promotion case. */
  plan: string
}

const STEPS: Record<CompetencyId, readonly SuggestedStep[]> = {
  strategy: [
    {
      advice:
        'Write one page on where your area should be in a year and walk your manager through it.',
      plan: 'I will write one page on where my area should be in a year and walk my manager through it.',
    },
    {
      advice:
        'Pick a project to stop or shrink, explain why in terms of the organisation’s goals, and log the decision.',
      plan: 'I will pick a project to stop or shrink and explain the decision in terms of the organisation’s goals.',
    },
    {
      advice:
        'Map your current projects to this year’s company goals and flag the ones that serve none.',
      plan: 'I will map my current projects to this year’s company goals and flag the ones that serve none.',
    },
    {
      advice:
        'Before the next planning round, propose two options with their trade-offs instead of one plan.',
      plan: 'For the next planning round, I will propose two options with their trade-offs instead of one plan.',
    },
    {
      advice: 'Ask a director what keeps them up at night and turn one answer into a proposal.',
      plan: 'I will ask a director what worries them most about the year ahead and turn one answer into a proposal.',
    },
  ],
  stakeholders: [
    {
      advice:
        'Book 20 minutes with a senior stakeholder to ask what a good quarter looks like for them.',
      plan: 'I will book 20 minutes with a senior stakeholder to ask what a good quarter looks like for them.',
    },
    {
      advice: 'Reset an expectation upward before it becomes a surprise, and note how it landed.',
      plan: 'I will reset expectations upward before they become surprises.',
    },
    {
      advice:
        'Turn your next status report into a conversation about what the numbers mean for the sponsor.',
      plan: 'I will turn my next status report into a conversation about what the numbers mean for the sponsor.',
    },
    {
      advice: 'Ask a satisfied stakeholder for one sentence of feedback you can quote.',
      plan: 'I will ask the stakeholders I work for how the work landed, in their own words.',
    },
    {
      advice: 'Bring a risk to an executive together with your recommendation, not just the risk.',
      plan: 'I will bring risks to executives together with my recommendation, not just the risk.',
    },
  ],
  conflict: [
    {
      advice:
        'Prepare the conversation you have been avoiding with an SBI outline: situation, behaviour, impact.',
      plan: 'I will prepare and hold a conversation I have been putting off, framed by situation, behaviour and impact.',
    },
    {
      advice:
        'Say no to one request that does not fit the priorities, explain why, and hold the line.',
      plan: 'I will say no to requests that do not fit our priorities, explain why, and hold the line.',
    },
    {
      advice: 'Ask someone for candid feedback on how you ran a tense meeting.',
      plan: 'I will ask for candid feedback on how I run tense meetings.',
    },
    {
      advice: 'Follow up on an unresolved conversation and log what changed since.',
      plan: 'I will follow up on an unresolved conversation and see it through to an outcome.',
    },
    {
      advice: 'Give one piece of hard feedback this week, early and in private.',
      plan: 'I will give hard feedback early and in private rather than let it wait.',
    },
  ],
  people: [
    {
      advice:
        'Delegate a task you would normally keep, to someone it would stretch, and coach them through it.',
      plan: 'I will delegate a task I would normally keep to someone it would stretch, and coach them through it.',
    },
    {
      advice: 'Hold a 30-minute career conversation with a team member and agree one next step.',
      plan: 'I will hold a career conversation with each member of my team and agree one next step with each.',
    },
    {
      advice: 'Pair a newer colleague with a stretch assignment and check in on it weekly.',
      plan: 'I will give a newer colleague a stretch assignment and check in on it weekly.',
    },
    {
      advice:
        'Write down a skill only you have and teach it to someone so the team no longer depends on you.',
      plan: 'I will teach a skill only I have to someone on the team, so the team no longer depends on me.',
    },
    {
      advice:
        'Recognise a specific contribution from someone on the team in front of their manager.',
      plan: 'I will recognise specific contributions from my team in front of their managers.',
    },
  ],
  communication: [
    {
      advice:
        'Rewrite your next update as a one-paragraph decision request: context, options, recommendation.',
      plan: 'I will write my updates as decision requests: context, options, recommendation.',
    },
    {
      advice:
        'Present a change to a senior audience in five minutes and note which question decided it.',
      plan: 'I will present a change to a senior audience in five minutes and learn which question decided it.',
    },
    {
      advice:
        'Replace a long status deck with three numbers and one ask, and log what happened next.',
      plan: 'I will replace a long status deck with three numbers and one ask.',
    },
    {
      advice:
        'Explain a technical trade-off to a non-technical executive and check they could repeat it.',
      plan: 'I will explain a technical trade-off to a non-technical executive and check they could repeat it.',
    },
    {
      advice: 'Write a short note that gets a stalled decision made.',
      plan: 'I will write the short note that gets a stalled decision made.',
    },
  ],
  results: [
    {
      advice:
        'Pick a problem that keeps coming back, find its root cause and fix the source rather than the symptom.',
      plan: 'I will take a problem that keeps coming back, find its root cause and fix the source rather than the symptom.',
    },
    {
      advice:
        'Take ownership of one outcome end to end and agree how it will be measured before you start.',
      plan: 'I will own one outcome end to end and agree how it will be measured before I start.',
    },
    {
      advice:
        'Run a short retrospective on a missed target and log the change you made because of it.',
      plan: 'I will run a short retrospective on a missed target and make one change because of it.',
    },
    {
      advice: 'Put a number on the last thing you fixed: hours saved, errors avoided, days gained.',
      plan: 'I will put a number on what I fix: hours saved, errors avoided, days gained.',
    },
    {
      advice: 'Close out a lingering issue that everyone reports on but nobody owns.',
      plan: 'I will close out a lingering issue that everyone reports on but nobody owns.',
    },
  ],
  business: [
    {
      advice: 'Work out the cost of a delay on your biggest project and share it with the sponsor.',
      plan: 'I will work out the cost of a delay on my biggest project and share it with the sponsor.',
    },
    {
      advice:
        'Sit in on a budget or forecast review and log one decision you now understand differently.',
      plan: 'I will sit in on a budget or forecast review to learn how its decisions are made.',
    },
    {
      advice: 'Propose moving people or money from a low-value piece of work to a high-value one.',
      plan: 'I will propose moving people or money from low-value work to high-value work.',
    },
    {
      advice:
        'Estimate the revenue or savings behind one of your projects and check it with finance.',
      plan: 'I will estimate the revenue or savings behind one of my projects and check it with finance.',
    },
    {
      advice: 'Find one recurring cost in your area and make the case for cutting it.',
      plan: 'I will find a recurring cost in my area and make the case for cutting it.',
    },
  ],
  process: [
    {
      advice: 'Turn something that worked on your project into a template another team adopts.',
      plan: 'I will turn something that worked on my project into a template another team adopts.',
    },
    {
      advice:
        'Retire one step in a process that nobody needs any more, and measure the time saved.',
      plan: 'I will retire a process step that nobody needs any more and measure the time saved.',
    },
    {
      advice:
        'Introduce a lightweight standard (a checklist, a review, a definition of done) and track its adoption.',
      plan: 'I will introduce a lightweight standard (a checklist, a review, a definition of done) and track its adoption.',
    },
    {
      advice: 'Run an improvement experiment for two weeks and log what the numbers said.',
      plan: 'I will run a two-week improvement experiment and report what the numbers said.',
    },
    {
      advice: 'Write down how a decision gets made in your area so newcomers can follow it.',
      plan: 'I will write down how decisions get made in my area so newcomers can follow them.',
    },
  ],
  influence: [
    {
      advice: 'Send one thank-you or recognition note each week to someone outside your team.',
      plan: 'I will thank or recognise someone outside my team every week.',
    },
    {
      advice: 'Reconnect with a former colleague and ask what they are working on.',
      plan: 'I will reconnect with former colleagues and learn what they are working on.',
    },
    {
      advice: 'Write your manager a short Thursday update with one win and one thing you need.',
      plan: 'I will send my manager a short weekly update with one win and one thing I need.',
    },
    {
      advice: 'Offer to help a peer team with something you are good at.',
      plan: 'I will offer a peer team help with something I am good at.',
    },
    {
      advice:
        'Find a sponsor: ask a senior person for advice on one real decision, then tell them how it went.',
      plan: 'I will ask a senior leader for advice on one real decision, then tell them how it went.',
    },
  ],
  growth: [
    {
      advice:
        'Log your certification progress (PMP, PgMP, ITIL or similar) with the next exam date.',
      plan: 'I will set a date for my next certification exam (PMP, PgMP, ITIL or similar) and prepare for it.',
    },
    {
      advice: 'Block one hour a week for deliberate learning and log what you applied.',
      plan: 'I will block one hour a week for deliberate learning and apply what I learn.',
    },
    {
      advice: 'Ask a leader you admire how they learned the skill you most want.',
      plan: 'I will ask a leader I admire how they learned the skill I most want.',
    },
    {
      advice: 'Finish one course module this month and note one idea you used at work.',
      plan: 'I will finish one course module a month and use one idea from it at work.',
    },
    {
      advice:
        'Read a book or long article on leadership and write three sentences on what you would try.',
      plan: 'I will read a book on leadership and put one of its ideas into practice.',
    },
  ],
}

/** Each competency's steps in the Readiness view's words (the advice). */
export const SUGGESTIONS = mapSteps((step) => step.advice)

/** The same steps, in the same order, as the user's first-person plans. */
export const PLANS = mapSteps((step) => step.plan)

/** A gap as the heading of the user's own goal: "Build evidence of strategic thinking". */
export const PLAN_GOALS: Record<CompetencyId, string> = {
  strategy: 'Build evidence of strategic thinking',
  stakeholders: 'Build evidence of stakeholder leadership',
  conflict: 'Build evidence of handling difficult conversations',
  people: 'Build evidence of developing people',
  communication: 'Build evidence of executive communication',
  results: 'Build evidence of owning results and fixing root causes',
  business: 'Build evidence of business and financial acumen',
  process: 'Build evidence of improving process and governance',
  influence: 'Build my network and visibility',
  growth: 'Build evidence of professional growth',
}

function mapSteps(pick: (step: SuggestedStep) => string): Record<CompetencyId, readonly string[]> {
  const out = {} as Record<CompetencyId, readonly string[]>
  for (const id of COMPETENCY_IDS) out[id] = STEPS[id].map(pick)
  return out
}

/**
 * `count` suggestions for a competency as of a date. The starting point moves every week
 * (and differs between competencies), so what is shown changes over time but never
 * between two renders on the same day.
 */
export function suggestionsFor(id: CompetencyId, asOf: string, count = 3): string[] {
  return rotation(id, asOf, count).map((i) => SUGGESTIONS[id][i]!)
}

/** The same steps suggestionsFor picks on that day, as the user's plans. */
export function plansFor(id: CompetencyId, asOf: string, count = 3): string[] {
  return rotation(id, asOf, count).map((i) => PLANS[id][i]!)
}

/** Which of a competency's steps are shown on a day, in order. */
function rotation(id: CompetencyId, asOf: string, count: number): number[] {
  const size = STEPS[id].length
  const week = Math.floor(toDayNumber(asOf) / 7)
  const offset = COMPETENCY_IDS.indexOf(id) * 2
  const start = (((week + offset) % size) + size) % size
  const picked: number[] = []
  for (let i = 0; i < Math.min(count, size); i++) picked.push((start + i) % size)
  return picked
}
