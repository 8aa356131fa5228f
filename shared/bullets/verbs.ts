// Verbs for resume bullets: a bank of strong openers per competency (strongest first,
// so seniority picks from the front), openings for difficult conversations by what they
// achieved, and a small English lexicon to put the user's own verb into the past tense
// or the -ing form ("by automating ...").
import type { CompetencyId, Level } from '../entry'

/** Strong past-tense openers per competency, most senior first. */
export const VERB_BANK: Record<CompetencyId, readonly string[]> = {
  strategy: ['Defined', 'Shaped', 'Charted', 'Planned', 'Outlined'],
  stakeholders: ['Secured', 'Delivered', 'Negotiated', 'Produced', 'Provided'],
  conflict: ['Resolved', 'Negotiated', 'Addressed', 'Raised', 'Led'],
  people: ['Developed', 'Grew', 'Coached', 'Mentored', 'Trained'],
  communication: ['Secured', 'Presented', 'Communicated', 'Published', 'Wrote'],
  results: ['Drove', 'Delivered', 'Achieved', 'Completed', 'Produced'],
  business: ['Drove', 'Optimised', 'Managed', 'Tracked', 'Tracked'],
  process: ['Established', 'Introduced', 'Standardised', 'Implemented', 'Improved'],
  influence: ['Championed', 'Built', 'Promoted', 'Recognised', 'Shared'],
  growth: ['Earned', 'Achieved', 'Completed', 'Pursued', 'Studied'],
}

const LEVEL_GRADE: Record<Level, number> = { executive: 0, senior: 1, peer: 2, team: 3 }

/**
 * The opener for a competency at a seniority: executive-facing work earns the first
 * verb, team-level work a plainer one; work done as a manager rather than a leader
 * steps one further down.
 */
export function bankVerb(competency: CompetencyId, level: Level | undefined, asManager = false) {
  const bank = VERB_BANK[competency]
  const grade = (level === undefined ? 3 : LEVEL_GRADE[level]) + (asManager ? 1 : 0)
  return bank[Math.min(grade, bank.length - 1)] ?? 'Delivered'
}

/** Past-tense openers that read as passive or minor; a bullet should not start with them. */
export const WEAK_VERBS = new Set([
  'helped',
  'assisted',
  'supported',
  'participated',
  'worked',
  'was',
  'were',
  'did',
  'tried',
  'attended',
  'handled',
  'contributed',
  'got',
  'had',
])

const IRREGULAR: Record<string, string> = {
  be: 'was',
  begin: 'began',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  choose: 'chose',
  cut: 'cut',
  do: 'did',
  draw: 'drew',
  drive: 'drove',
  find: 'found',
  forecast: 'forecast',
  get: 'got',
  give: 'gave',
  grow: 'grew',
  have: 'had',
  hold: 'held',
  keep: 'kept',
  lead: 'led',
  let: 'let',
  make: 'made',
  meet: 'met',
  pay: 'paid',
  put: 'put',
  rebuild: 'rebuilt',
  reset: 'reset',
  rewrite: 'rewrote',
  run: 'ran',
  say: 'said',
  see: 'saw',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  speak: 'spoke',
  spend: 'spent',
  take: 'took',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  undertake: 'undertook',
  win: 'won',
  write: 'wrote',
}

/** Regular verbs a project manager's notes tend to start with, in base form. */
const REGULAR = `accelerate achieve add address adopt advise agree align analyse analyze
answer appoint approve arrange assess audit automate avoid balance brief calculate
challenge champion change chart clarify close coach collaborate communicate compare
complete consolidate convince coordinate create cancel decide declare defend define
delegate deliver design develop document draft earn educate eliminate enable end
engage ensure escalate establish estimate evaluate expand explain facilitate fix
focus form formalise frame gain gather guide halve identify implement improve
increase influence inform initiate integrate interview introduce investigate
launch list lower manage map measure mentor merge migrate model monitor motivate
move negotiate nominate onboard open optimise optimize organise organize outline
overhaul own partner persuade pilot plan prepare present prevent prioritise
prioritize produce propose prototype prove provide publish raise recognise
recognize recommend reconcile recover recruit redesign reduce refocus remove
renegotiate reorganise replace report rescue reshape resolve restore restructure
retain review revise save scale schedule scope secure shape share ship show
simplify solve sponsor stabilise standardise standardize start stop streamline
structure study submit summarise supervise test track train transform translate
trace triage turn unblock unify update upgrade use validate visit`
  .split(/\s+/)
  .filter(Boolean)

const BASES = new Set([...REGULAR, ...Object.keys(IRREGULAR)])
const DOUBLES = new Set(['map', 'plan', 'stop', 'ship', 'scrap', 'step', 'skip', 'spot', 'log'])

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`
  if (DOUBLES.has(base)) return `${base}${base.slice(-1)}ed`
  return `${base}ed`
}

function pastOfBase(base: string): string {
  return IRREGULAR[base] ?? regularPast(base)
}

const PAST_FORMS = new Set([
  ...Object.values(IRREGULAR),
  ...REGULAR.map(regularPast),
  ...Object.values(VERB_BANK).flatMap((verbs) => verbs.map((v) => v.toLowerCase())),
])

/** -ed words that are not verbs, so a sentence starting with them is not an action. */
const NOT_VERBS = new Set([
  'hundred',
  'need',
  'speed',
  'seed',
  'feed',
  'red',
  'bed',
  'shed',
  'untitled',
])

/** The base form behind a present (-s) or gerund (-ing) form, if the lexicon knows it. */
function baseOf(word: string): string | undefined {
  if (BASES.has(word)) return word
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3)
    if (word === 'tying') return 'tie'
    for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) {
      if (BASES.has(candidate)) return candidate
    }
    return undefined
  }
  if (word.endsWith('ies') && BASES.has(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`
  if (word.endsWith('es') && BASES.has(word.slice(0, -2))) return word.slice(0, -2)
  if (word.endsWith('s') && BASES.has(word.slice(0, -1))) return word.slice(0, -1)
  return undefined
}

/**
 * The past tense of `word` when it is a verb this module recognises (already past,
 * base, -s or -ing form); undefined when it does not look like a verb.
 */
export function pastTense(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (PAST_FORMS.has(lower)) return lower
  const base = baseOf(lower)
  if (base !== undefined) return pastOfBase(base)
  const unprefixed = /^(?:re|co|pre|de)-(.+)$/.exec(lower)?.[1]
  if (unprefixed !== undefined) {
    const past = pastTense(unprefixed)
    if (past !== undefined) return `${lower.slice(0, lower.length - unprefixed.length)}${past}`
  }
  if (/^[a-z][a-z-]{2,}ed$/.test(lower) && !NOT_VERBS.has(lower)) return lower
  return undefined
}

/** Whether a word is the base form of a known verb ("migrate", "reduce"). */
export function isBaseVerb(word: string): boolean {
  return BASES.has(word.toLowerCase())
}

/** Base forms that double their last consonant before -ing ("run" → "running"). */
const DOUBLE_ING = new Set([
  ...DOUBLES,
  'run',
  'get',
  'set',
  'put',
  'cut',
  'begin',
  'win',
  'let',
  'sit',
  'hit',
  'forget',
  'upset',
  'admit',
  'commit',
  'submit',
  'control',
  'refer',
  'prefer',
  'occur',
  'regret',
  'equip',
  'permit',
  'reset',
])

/** Each past form the lexicon knows, and its base ("ran" → "run", "planned" → "plan"). */
const BASE_OF_PAST = new Map<string, string>([
  ...REGULAR.map((base): [string, string] => [regularPast(base), base]),
  ...Object.entries(IRREGULAR).map(([base, past]): [string, string] => [past, base]),
])

function ingOfBase(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`
  if (/(?:ee|ye|oe)$/.test(base)) return `${base}ing`
  if (base.endsWith('e') && base.length > 2) return `${base.slice(0, -1)}ing`
  if (DOUBLE_ING.has(base)) return `${base}${base.slice(-1)}ing`
  return `${base}ing`
}

/**
 * The -ing form of a past-tense (or base) verb, lower-case, for "by automating ...":
 * "re-sequenced" → "re-sequencing", "ran" → "running", "agreed" → "agreeing";
 * undefined when the word is not a verb this module recognises.
 */
export function gerund(word: string): string | undefined {
  const lower = word.toLowerCase()
  const prefixed = /^(re|co|pre|de|un|over|under|out)-(.+)$/.exec(lower)
  if (prefixed) {
    const rest = gerund(prefixed[2]!)
    return rest === undefined ? undefined : `${prefixed[1]}-${rest}`
  }
  const base = BASE_OF_PAST.get(lower) ?? (BASES.has(lower) ? lower : undefined)
  if (base !== undefined) return ingOfBase(base)
  if (pastTense(lower) !== lower) return undefined
  // An -ed verb the lexicon does not know: dropping "ed" is right for "sequenced"
  // (sequencing), "trialled" (trialling) and "matched" alike; -ied and -eed are not.
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}ying`
  if (lower.endsWith('eed')) return `${lower.slice(0, -1)}ing`
  return `${lower.slice(0, -2)}ing`
}

/**
 * What a difficult conversation achieved, read from its title and topic: held a line
 * (a late change refused), dealt with a slip (missed dates, SLAs), reached an agreement
 * (budget, contract), reset an expectation (priorities, standards), or settled a
 * disagreement.
 */
export type ConversationAim = 'line' | 'slip' | 'agreement' | 'expectation' | 'disagreement'

/** Words that say what a conversation was for, tried in this order. */
export const CONVERSATION_AIMS: readonly (readonly [ConversationAim, RegExp])[] = [
  [
    'line',
    /\b(?:said no|say no|saying no|push(?:ed)? back|declined|refused|turned down|held the line|scope|late (?:request|change|addition)|mid-release|change request)\b/i,
  ],
  [
    'slip',
    /\b(?:missed|missing|late|slip(?:s|ped)?|delay(?:s|ed)?|overdue|behind|slas?|deadlines?|overr(?:an|un)|breach(?:es)?)\b/i,
  ],
  [
    'agreement',
    /\b(?:agree(?:d|ment)?|budget|approv(?:al|e|ed)|sign-?off|contract|terms|funding|resourc(?:e|es|ing)|negotiat\w*|pric(?:e|es|ing)|headcount)\b/i,
  ],
  [
    'expectation',
    /\b(?:expectations?|priorit(?:y|ies|ise|ize)|workload|commitments?|performance|feedback|reviews?|standards?|behaviou?r)\b/i,
  ],
]

/**
 * Openings for a resume-worthy conversation by what it achieved, most senior counterpart
 * first (as in VERB_BANK): "{who}" is the counterpart, "{topic}" what it was about.
 * Settled openings claim the outcome, so they are only used when the conversation was
 * resolved; open ones claim only the act.
 */
export const CONVERSATION_OPENINGS: Record<
  ConversationAim,
  { settled: readonly string[]; open: readonly string[] }
> = {
  line: {
    settled: ['Held the line with {who} against {topic}'],
    open: ['Pushed back on {topic} with {who}'],
  },
  slip: {
    settled: [
      'Resolved {topic} with {who}',
      'Resolved {topic} with {who}',
      'Held {who} to account for {topic}',
      'Reset expectations with {who} after {topic}',
    ],
    open: [
      'Raised {topic} with {who}',
      'Raised {topic} with {who}',
      'Held {who} to account for {topic}',
      'Raised {topic} with {who}',
    ],
  },
  agreement: {
    settled: [
      'Secured agreement from {who} on {topic}',
      'Secured agreement from {who} on {topic}',
      'Agreed {topic} with {who}',
      'Agreed {topic} with {who}',
    ],
    open: ['Negotiated {topic} with {who}'],
  },
  expectation: {
    settled: ['Reset expectations with {who} on {topic}'],
    open: ['Raised {topic} with {who}'],
  },
  disagreement: {
    settled: ['Resolved a disagreement with {who} over {topic}'],
    // The conflict bank's openers below "Resolved", by seniority.
    open: [
      'Negotiated {topic} with {who}',
      'Addressed {topic} with {who}',
      'Raised {topic} with {who}',
      'Raised {topic} with {who}',
    ],
  },
}

/** The opening for a conversation's aim, outcome and counterpart's level. */
export function conversationOpening(aim: ConversationAim, settled: boolean, level: Level): string {
  const bank = CONVERSATION_OPENINGS[aim][settled ? 'settled' : 'open']
  return bank[Math.min(LEVEL_GRADE[level], bank.length - 1)]!
}

/** Whether the word is a past-tense form the lexicon knows (not only an -ed guess). */
export function knownPast(word: string): boolean {
  return PAST_FORMS.has(word.toLowerCase())
}
