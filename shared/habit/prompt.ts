// What the weekly reminder asks: one question aimed at the user's biggest gap for their
// target role (the readiness model's largest weight × shortfall), saying how long that
// competency has gone without evidence, and the kind of entry the answer fits.
import {
  COMPETENCY_BY_ID,
  type CompetencyId,
  type Entry,
  type EntryKind,
  type RoleId,
} from '../entry'
import { readinessOnDays } from '../readiness'
import { daysBetween, isRealIsoDate } from '../time'

export interface ReminderPrompt {
  /** The kind of entry the question invites. */
  kind: EntryKind
  /** The competency the question is aimed at; null for the general question. */
  competency: CompetencyId | null
  /** One line: "Nothing on stakeholder leadership for six weeks: did anyone senior thank you for something?" */
  text: string
}

export interface CompetencyPrompt {
  /** Asked after the colon, in lower case. */
  question: string
  kind: EntryKind
}

/** One question per competency, and the kind of entry its answer is written as. */
export const COMPETENCY_PROMPTS: Record<CompetencyId, CompetencyPrompt> = {
  strategy: {
    question: 'did you turn a goal into a plan, or decide what not to do?',
    kind: 'leadership-moment',
  },
  stakeholders: {
    question: 'did anyone senior thank you for something?',
    kind: 'stakeholder-win',
  },
  conflict: {
    question: 'was there a hard conversation you started, or a no you held?',
    kind: 'difficult-conversation',
  },
  people: {
    question: 'did you coach someone, or hand them something to grow into?',
    kind: 'leadership-moment',
  },
  communication: {
    question: 'did something you wrote or said get a decision made?',
    kind: 'leadership-moment',
  },
  results: {
    question: 'did you fix the cause of a problem instead of reporting it again?',
    kind: 'leadership-moment',
  },
  business: {
    question: 'did a choice of yours save money, or move budget to where it mattered?',
    kind: 'leadership-moment',
  },
  process: {
    question: 'did a way of working you started spread to another team?',
    kind: 'leadership-moment',
  },
  influence: {
    question: 'did you help someone outside your team, or thank someone in public?',
    kind: 'stakeholder-win',
  },
  growth: {
    question: 'did you learn something on purpose, or move a certification forward?',
    kind: 'leadership-moment',
  },
}

/** Asked when there is no target role yet or nothing of the user's in the journal. */
export const GENERAL_PROMPT: ReminderPrompt = {
  kind: 'leadership-moment',
  competency: null,
  text: 'Nothing logged this week: what did you lead, untangle or deliver?',
}

const SMALL_NUMBERS = [
  '',
  'a',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]

/** "a week", "two weeks", "11 weeks": words up to ten, figures after. */
function count(n: number, unit: string): string {
  const number = n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n]! : String(n)
  return `${number} ${unit}${n === 1 ? '' : 's'}`
}

/** Whole calendar months from one day to a later one (31 Jan to 28 Feb is none). */
function wholeMonths(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7))
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months
}

/**
 * How long from one day to a later one, in words: "a week", "two weeks" … "ten weeks",
 * "11 weeks"; from three whole months "three months"; from twelve "a year", "two years".
 * Null under a week.
 */
export function durationInWords(from: string, to: string): string | null {
  const days = daysBetween(from, to)
  if (days < 7) return null
  const months = wholeMonths(from, to)
  if (months < 3) return count(Math.floor(days / 7), 'week')
  if (months < 12) return count(months, 'month')
  return count(Math.floor(months / 12), 'year')
}

/** "stakeholder leadership": the competency's name as it reads inside a sentence. */
function topicOf(id: CompetencyId): string {
  const name = COMPETENCY_BY_ID[id].name
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** The entries the habit counts: the user's own, not in the trash (sample entries are not theirs). */
export function isOwnLiveEntry(entry: Entry): boolean {
  return entry.deletedAt === undefined && entry.sample !== true
}

/**
 * The reminder's question for `asOf` (YYYY-MM-DD). Aimed at the biggest gap for `role`
 * (custom `weights` laid over it as in readiness); the general question when there is no
 * role yet or no entry of the user's own on or before `asOf`.
 */
export function reminderPrompt(
  entries: readonly Entry[],
  role: RoleId | null | undefined,
  asOf: string,
  weights?: Partial<Record<CompetencyId, number>>,
): ReminderPrompt {
  if (!isRealIsoDate(asOf)) throw new RangeError('asOf must be a real date written YYYY-MM-DD')
  const own = entries.filter((entry) => isOwnLiveEntry(entry) && entry.occurredOn <= asOf)
  if (!role || own.length === 0) return { ...GENERAL_PROMPT }
  const [summary] = readinessOnDays(own, [asOf], { role, weights })
  const gap = summary?.gaps[0]
  if (!gap) return { ...GENERAL_PROMPT }

  const { question, kind } = COMPETENCY_PROMPTS[gap.id]
  let latest: string | undefined
  for (const entry of own) {
    if (
      entry.competencies.includes(gap.id) &&
      (latest === undefined || entry.occurredOn > latest)
    ) {
      latest = entry.occurredOn
    }
  }
  const topic = topicOf(gap.id)
  const since = latest === undefined ? null : durationInWords(latest, asOf)
  const opening =
    latest === undefined
      ? `Nothing on ${topic} yet`
      : since === null
        ? `${COMPETENCY_BY_ID[gap.id].name} is still your biggest gap`
        : `Nothing on ${topic} for ${since}`
  return { kind, competency: gap.id, text: `${opening}: ${question}` }
}
