// Verbs for resume bullets: a bank of strong openers per competency (strongest first,
// so seniority picks from the front), and a small English lexicon to put the user's
// own verb into the past tense.
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
  make: 'made',
  meet: 'met',
  pay: 'paid',
  put: 'put',
  rebuild: 'rebuilt',
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
const NOT_VERBS = new Set(['hundred', 'need', 'speed', 'seed', 'feed', 'red', 'bed', 'shed'])

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
