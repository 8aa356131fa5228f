// Concrete next steps for a competency that is a gap. Several per competency, rotated
// by week so the same gap offers fresh ideas instead of the same three lines forever.
import { toDayNumber } from '../time'
import { COMPETENCY_IDS, type CompetencyId } from '../entry'

export const SUGGESTIONS: Record<CompetencyId, readonly string[]> = {
  strategy: [
    'Write one page on where your area should be in a year and walk your manager through it.',
    'Pick a project to stop or shrink, explain why in terms of the organisation’s goals, and log the decision.',
    'Map your current projects to this year’s company goals and flag the ones that serve none.',
    'Before the next planning round, propose two options with their trade-offs instead of one plan.',
    'Ask a director what keeps them up at night and turn one answer into a proposal.',
  ],
  stakeholders: [
    'Book 20 minutes with a senior stakeholder to ask what a good quarter looks like for them.',
    'Reset an expectation upward before it becomes a surprise, and note how it landed.',
    'Turn your next status report into a conversation about what the numbers mean for the sponsor.',
    'Ask a satisfied stakeholder for one sentence of feedback you can quote.',
    'Bring a risk to an executive together with your recommendation, not just the risk.',
  ],
  conflict: [
    'Prepare the conversation you have been avoiding with an SBI outline: situation, behaviour, impact.',
    'Say no to one request that does not fit the priorities, explain why, and hold the line.',
    'Ask someone for candid feedback on how you ran a tense meeting.',
    'Follow up on an unresolved conversation and log what changed since.',
    'Give one piece of hard feedback this week, early and in private.',
  ],
  people: [
    'Delegate a task you would normally keep, to someone it would stretch, and coach them through it.',
    'Hold a 30-minute career conversation with a team member and agree one next step.',
    'Pair a newer colleague with a stretch assignment and check in on it weekly.',
    'Write down a skill only you have and teach it to someone so the team no longer depends on you.',
    'Recognise a specific contribution from someone on the team in front of their manager.',
  ],
  communication: [
    'Rewrite your next update as a one-paragraph decision request: context, options, recommendation.',
    'Present a change to a senior audience in five minutes and note which question decided it.',
    'Replace a long status deck with three numbers and one ask, and log what happened next.',
    'Explain a technical trade-off to a non-technical executive and check they could repeat it.',
    'Write a short note that gets a stalled decision made.',
  ],
  results: [
    'Pick a problem that keeps coming back, find its root cause and fix the source rather than the symptom.',
    'Take ownership of one outcome end to end and agree how it will be measured before you start.',
    'Run a short retrospective on a missed target and log the change you made because of it.',
    'Put a number on the last thing you fixed: hours saved, errors avoided, days gained.',
    'Close out a lingering issue that everyone reports on but nobody owns.',
  ],
  business: [
    'Work out the cost of a delay on your biggest project and share it with the sponsor.',
    'Sit in on a budget or forecast review and log one decision you now understand differently.',
    'Propose moving people or money from a low-value piece of work to a high-value one.',
    'Estimate the revenue or savings behind one of your projects and check it with finance.',
    'Find one recurring cost in your area and make the case for cutting it.',
  ],
  process: [
    'Turn something that worked on your project into a template another team adopts.',
    'Retire one step in a process that nobody needs any more, and measure the time saved.',
    'Introduce a lightweight standard (a checklist, a review, a definition of done) and track its adoption.',
    'Run an improvement experiment for two weeks and log what the numbers said.',
    'Write down how a decision gets made in your area so newcomers can follow it.',
  ],
  influence: [
    'Send one thank-you or recognition note each week to someone outside your team.',
    'Reconnect with a former colleague and ask what they are working on.',
    'Write your manager a short Thursday update with one win and one thing you need.',
    'Offer to help a peer team with something you are good at.',
    'Find a sponsor: ask a senior person for advice on one real decision, then tell them how it went.',
  ],
  growth: [
    'Log your certification progress (PMP, PgMP, ITIL or similar) with the next exam date.',
    'Block one hour a week for deliberate learning and log what you applied.',
    'Ask a leader you admire how they learned the skill you most want.',
    'Finish one course module this month and note one idea you used at work.',
    'Read a book or long article on leadership and write three sentences on what you would try.',
  ],
}

/**
 * `count` suggestions for a competency as of a date. The starting point moves every week
 * (and differs between competencies), so what is shown changes over time but never
 * between two renders on the same day.
 */
export function suggestionsFor(id: CompetencyId, asOf: string, count = 3): string[] {
  const pool = SUGGESTIONS[id]
  const week = Math.floor(toDayNumber(asOf) / 7)
  const offset = COMPETENCY_IDS.indexOf(id) * 2
  const start = (((week + offset) % pool.length) + pool.length) % pool.length
  const picked: string[] = []
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    picked.push(pool[(start + i) % pool.length]!)
  }
  return picked
}
