// Writes one entry's bullet from its structured fields (never its notes), in the shape
// that reads best: the result first when the metric is strong ("Cut annual support
// contract cost 12% for the CFO by bringing …", the XYZ shape), else what was done and
// then what came of it. When it is too long, whole phrases go, the least valuable first
// (a win's need, list tails without numbers, later results, "for whom", trailing
// phrases); the metric never does.
import {
  highestLevel,
  type CompetencyId,
  type DifficultConversation,
  type Entry,
  type LeadershipMoment,
  type StakeholderWin,
} from '../entry'
import {
  clausesOf,
  dropTail,
  gerundClause,
  hasForTail,
  joinList,
  withoutRepeatedTail,
  type Clause,
} from './clauses'
import { openingFor } from './conversation'
import { personMark, type Cast, type Voice } from './mentions'
import { metricPhrase, metricResult, type MetricResult } from './metric'
import { atomsOf } from './names'
import {
  BULLET_MAX_LENGTH,
  cutAtClause,
  cutAtWord,
  dropDangling,
  numbersIn,
  removeFirstPerson,
  startsWithStrongVerb,
  startsWithVerb,
  tidy,
  toActionClause,
} from './text'
import { bankVerb, pastTense } from './verbs'

/** What one try keeps beyond each part's first clause. */
interface Knobs {
  /** The optional extra: a win's need ("…, giving the COO a view of …"). */
  extra: boolean
  /** Whether the win says for whom ("for the CFO"). */
  forWhom: boolean
  /** Which optional clauses of the action are kept. */
  actions: ReadonlySet<number>
  /** Which optional clauses of the result (or of what was said) are kept. */
  results: ReadonlySet<number>
  /** How many trailing phrases the first action clause (or the topic) has lost. */
  trim: number
}

/** A bullet in the making: its raw text for a set of knobs, and what may be added. */
interface Draft {
  /** The bullet before names are written; `keep` is its ending that is never dropped. */
  write(k: Knobs): { main: string; keep: string }
  actions?: Parts
  results?: Parts
  extra?: boolean
  forWhom?: boolean
}

const KEEP_CAPITAL =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

/**
 * Lets a sentence continue mid-bullet: "Finance went live" becomes "finance went live",
 * but names, months and acronyms keep their capitals.
 */
function lowerStart(text: string, cast: Cast): string {
  const word = /^[A-Z][a-z]+(?:-[a-z]+)*(?![\p{L}\p{N}'’])/u.exec(text)?.[0]
  if (!word || KEEP_CAPITAL.test(word) || cast.isName(word)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

const DIGIT = /\d/

/** A field's clauses: the first (or none) always kept, the others only when they fit. */
class Parts {
  constructor(
    readonly items: readonly string[],
    /** How many leading clauses are always kept (1, or 0 when all are optional). */
    private readonly fixed = 1,
  ) {}

  /** The optional clauses, with or without a figure (the numbers a reader keeps). */
  optional(withFigure: boolean): number[] {
    const out: number[] = []
    for (let i = this.fixed; i < this.items.length; i++)
      if (DIGIT.test(this.items[i]!) === withFigure) out.push(i)
    return out
  }

  /** The clauses kept, in their order, the first losing `trim` trailing phrases. */
  take(kept: ReadonlySet<number>, trim = 0): string[] {
    const out = this.items.filter((_, i) => i < this.fixed || kept.has(i))
    if (trim > 0 && this.fixed > 0 && out[0] !== undefined) out[0] = trimmed(out[0], trim)
    return out
  }

  /** Every clause. */
  get all(): ReadonlySet<number> {
    return new Set(this.items.keys())
  }
}

/** The text without up to `times` trailing phrases. */
function trimmed(text: string, times: number): string {
  let out = text
  for (let i = 0; i < times; i++) {
    const next = dropTail(out)
    if (next === undefined) break
    out = next
  }
  return out
}

/** The things done, verb first: the user's own verb in the past tense, else the bank's. */
function actionClauses(text: string, title: string, verb: string, voice: Voice, cast: Cast) {
  const fromText = doneClauses(text, verb, voice, cast)
  if (fromText) return fromText
  // The field says nothing once cleaned up: the title says what was done.
  return doneClauses(title, verb, voice, cast) ?? [verb]
}

function doneClauses(text: string, verb: string, voice: Voice, cast: Cast): string[] | null {
  const clauses = clausesOf(removeFirstPerson(text))
  const first = clauses[0] ? toActionClause(clauses[0].text, verb) : null
  if (!first || first === verb) return null
  const rest = clauses
    .slice(1)
    .filter((c) => c.verb && !voice.orphaned(c.text))
    .map((c) => lowerStart(c.text, cast))
  return [dropDangling(first), ...rest]
}

/** The clauses of a result or a need, each continuing mid-sentence. */
function laterClauses(text: string, voice: Voice, cast: Cast): Clause[] {
  return clausesOf(removeFirstPerson(text))
    .filter((c, i) => i === 0 || !voice.orphaned(c.text))
    .map((c) => ({ text: lowerStart(c.text, cast), verb: c.verb }))
}

/** Gerunds of the clauses that have one: "moving the backup window". */
function gerunds(clauses: readonly string[]): string {
  const out: string[] = []
  for (const clause of clauses) {
    const ing = gerundClause(clause)
    if (ing !== undefined) out.push(ing)
  }
  return joinList(out)
}

/**
 * "A, B and C", with "for <whom>" after the first clause that has no "for …" of its own
 * and does not end on a person ("with the Head of Customer Service for the COO" would
 * read as one title).
 */
function actionList(clauses: readonly string[], forWhom: string | undefined, cast: Cast) {
  if (!forWhom) return joinList(clauses)
  const free = clauses.filter((c) => !hasForTail(c))
  const at = clauses.indexOf(free.find((c) => !endsOnPerson(c, cast)) ?? free[0] ?? '')
  if (at < 0) return joinList(clauses)
  return joinList(clauses.map((c, i) => (i === at ? `${c} for ${forWhom}` : c)))
}

function endsOnPerson(clause: string, cast: Cast): boolean {
  const last = /([\p{L}'’-]+)$/u.exec(clause)?.[1]
  return last !== undefined && cast.isName(last)
}

/**
 * The action with the metric: "<result> [for whom] by <doing>" when the metric is strong
 * and the action can be said as "-ing"; "<action>, <-ing result>" when the metric reads
 * as a result but not a strong one; else "<action>; <metric phrase>".
 */
function withMetric(
  actions: Parts,
  result: MetricResult | undefined,
  phrase: string,
  forWhom: ((k: Knobs, before: string) => string | undefined) | undefined,
  cast: Cast,
  /** The result's own words, said after the metric when there is room. */
  outcomes?: Parts,
): Draft {
  const first = actions.items[0] ?? ''
  const whom = forWhom ?? (() => undefined)
  if (result?.strong && gerundClause(first) !== undefined) {
    const link = /\sby\s/.test(result.text) ? ', ' : ' by '
    return {
      actions,
      forWhom: forWhom !== undefined && !hasForTail(result.text),
      write(k) {
        const doing = actions.take(k.actions, k.trim)
        const who = hasForTail(result.text) ? undefined : whom(k, doing.join(' '))
        const head = who ? `${result.text} for ${who}` : result.text
        return { main: '', keep: `${head}${link}${gerunds(doing)}` }
      },
    }
  }
  const ending = result ? gerundClause(result.text) : undefined
  const keep = saysMetric(actions.items.join(' '), phrase)
    ? ''
    : ending
      ? `, ${ending}`
      : `; ${phrase}`
  return {
    actions,
    results: outcomes,
    forWhom: forWhom !== undefined,
    write(k) {
      const kept = actions.take(k.actions, k.trim)
      const came = outcomes?.take(k.results).join('; ')
      const after = came ? `${keep}; ${came}` : keep
      return { main: actionList(kept, whom(k, kept.join(' ')), cast), keep: after }
    },
  }
}

/**
 * Whether the action already says the metric: its number and most of its words ("tying
 * 12 projects to the 2027 company goals" for "12 projects aligned to 2027 company
 * goals"), so saying it again would only repeat it.
 */
function saysMetric(action: string, phrase: string): boolean {
  const numbers = numbersIn(phrase)
  const found = numbersIn(action)
  if (numbers.length === 0 || !numbers.every((n) => found.includes(n))) return false
  const words = new Set(atomsOf(action))
  const own = atomsOf(phrase)
  return own.filter((w) => words.has(w)).length >= own.length * 0.6
}

function metricParts(entry: Entry): { result?: MetricResult; phrase: string } | undefined {
  if (!entry.metric) return undefined
  const found = metricResult(entry.metric)
  const phrase = removeFirstPerson(metricPhrase(entry.metric))
  if (!found) return { phrase }
  return { result: { ...found, text: removeFirstPerson(found.text) }, phrase }
}

function leadership(
  entry: LeadershipMoment,
  primary: CompetencyId,
  voice: Voice,
  cast: Cast,
): Draft[] {
  const verb = bankVerb(primary, highestLevel(entry), entry.mode === 'manager')
  const actions = new Parts(actionClauses(entry.action, entry.title, verb, voice, cast))
  const metric = metricParts(entry)
  const results = laterClauses(entry.result, voice, cast)
  if (metric) {
    const outcomes = new Parts(
      results.map((c) => c.text),
      0,
    )
    return [withMetric(actions, metric.result, metric.phrase, undefined, cast, outcomes)]
  }
  const done = results.filter((c) => c.verb)
  // A result that is itself something done leads: "Passed ITIL 4 Foundation with 36 of
  // 40 by studying …".
  const lead = results[0]
  if (
    lead !== undefined &&
    done[0] === lead &&
    startsWithStrongVerb(capitalise(lead.text)) &&
    gerundClause(actions.items[0]!)
  ) {
    const head = new Parts(done.map((c, i) => (i === 0 ? capitalise(c.text) : c.text)))
    return [
      {
        actions,
        results: head,
        write(k) {
          const doing = gerunds(actions.take(k.actions, k.trim))
          return { main: '', keep: `${joinList(head.take(k.results))} by ${doing}` }
        },
      },
    ]
  }
  const after = new Parts(results.map((c) => c.text))
  const acted: Draft = {
    actions,
    results: after,
    write(k) {
      const did = joinList(actions.take(k.actions, k.trim))
      const came = after.take(k.results).join('; ')
      return { main: came ? `${did}; ${came}` : did, keep: '' }
    },
  }
  const title = titleHead(entry.title, actions.items[0]!)
  if (title === undefined) return [acted]
  const outcomes = new Parts(after.items, 0)
  const doing = untitled(actions, title)
  const titled: Draft = {
    actions: doing,
    results: outcomes,
    write(k) {
      const came = outcomes.take(k.results).join('; ')
      const did = `${title} by ${gerunds(doing.take(k.actions, k.trim))}`
      return { main: came ? `${did}; ${came}` : did, keep: '' }
    },
  }
  return [titled, acted]
}

/** The actions without a trailing place the title already names ("at the all-hands"). */
function untitled(actions: Parts, title: string): Parts {
  const [first, ...rest] = actions.items
  return new Parts([withoutRepeatedTail(first!, title), ...rest])
}

/**
 * The title as what was accomplished ("Coached Liam to lead his first requirements
 * workshop"), for "<title> by <doing>": only when it starts with a strong verb and says
 * something the first action does not already say.
 */
function titleHead(title: string, action: string): string | undefined {
  if (gerundClause(action) === undefined) return undefined
  // "Got the roadmap agreed with the COO" says "Agreed the roadmap with the COO".
  const text = dropDangling(tidy(removeFirstPerson(title))).replace(
    /^got\s+(.+?)\s+agreed\b/i,
    (_, what: string) => `Agreed ${what}`,
  )
  if (!startsWithStrongVerb(text)) return undefined
  const verb = (text: string) => pastTense(/^[\p{L}'’-]+/u.exec(text)?.[0] ?? '')
  if (verb(text) === verb(action)) return undefined
  const words = new Set(atomsOf(action))
  const own = atomsOf(text)
  const shared = own.filter((w) => words.has(w)).length
  return shared >= own.length * 0.6 ? undefined : capitalise(text)
}

/** A need that reads as a thing given ("a view of all twelve IT projects …"). */
function givenNeed(need: string): string | undefined {
  if (!need || startsWithVerb(need)) return undefined
  if (/^(?:to|that|so|because|for|when|if|why|how|what|whether|they|he|she|it)\b/i.test(need))
    return undefined
  return need
}

function win(entry: StakeholderWin, voice: Voice, cast: Cast): Draft[] {
  const actions = new Parts(actionClauses(entry.delivered, entry.title, 'Delivered', voice, cast))
  const who = personMark(0)
  const forWhom = (k: Knobs, before: string) =>
    k.forWhom && !voice.mentions(before, 0) ? who : undefined
  const metric = metricParts(entry)
  if (metric) return [withMetric(actions, metric.result, metric.phrase, forWhom, cast)]
  const need = givenNeed(laterClauses(entry.need, voice, cast)[0]?.text ?? '')
  const title = titleHead(entry.title, actions.items[0]!)
  const doing = title === undefined ? actions : untitled(actions, title)
  const named = title !== undefined && (hasForTail(title) || voice.mentions(title, 0))
  const titled: Draft | undefined =
    title === undefined
      ? undefined
      : {
          actions: doing,
          forWhom: !named,
          write(k) {
            const head = k.forWhom && !named ? `${title} for ${who}` : title
            return { main: `${head} by ${gerunds(doing.take(k.actions, k.trim))}`, keep: '' }
          },
        }
  const acted: Draft = {
    actions,
    extra: need !== undefined,
    forWhom: true,
    write(k) {
      const kept = actions.take(k.actions, k.trim)
      const said = kept.join(' ')
      if (!k.extra || !need || voice.mentions(said, 0))
        return { main: actionList(kept, forWhom(k, said), cast), keep: '' }
      const main = joinList(kept)
      return { main: `${main}, giving ${who} ${withoutRepeatedTail(need, main)}`, keep: '' }
    },
  }
  return titled ? [titled, acted] : [acted]
}

/** What was said, when it reads as things done rather than a quote or an SBI script. */
function saidClauses(text: string, voice: Voice, cast: Cast): string[] {
  if (/[?"“”]|\((?:situation|behaviou?r|impact)\)/i.test(text)) return []
  const clauses = clausesOf(removeFirstPerson(text))
  const first = clauses[0] ? toActionClause(clauses[0].text, null) : null
  if (!first || !startsWithVerb(first)) return []
  const rest = clauses.slice(1).filter((c) => c.verb && !voice.orphaned(c.text))
  return [first, ...rest.map((c) => lowerStart(c.text, cast))]
}

function conversation(entry: DifficultConversation, voice: Voice, cast: Cast): Draft {
  const topic = new Parts([lowerStart(laterClauses(entry.topic, voice, cast)[0]?.text ?? '', cast)])
  const opening = (k: Knobs) => openingFor(entry, personMark(0), topic.take(NONE, k.trim)[0]!).text
  const metric = metricParts(entry)
  if (metric?.result?.strong) {
    const result = metric.result
    return { write: (k) => ({ main: '', keep: `${result.text} by ${gerundClause(opening(k))}` }) }
  }
  const said = new Parts(saidClauses(entry.whatISaid, voice, cast), 0)
  const ending = metric?.result ? gerundClause(metric.result.text) : undefined
  const keep = metric ? (ending ? `, ${ending}` : `; ${metric.phrase}`) : ''
  return {
    results: said,
    write(k) {
      const doing = gerunds(said.take(k.results))
      return { main: doing ? `${opening(k)}, ${doing}` : opening(k), keep }
    },
  }
}

/** The shapes the entry's bullet may take, the one that reads best first. */
function draftsFor(entry: Entry, primary: CompetencyId, voice: Voice, cast: Cast): Draft[] {
  switch (entry.kind) {
    case 'leadership-moment':
      return leadership(entry, primary, voice, cast)
    case 'stakeholder-win':
      return win(entry, voice, cast)
    case 'difficult-conversation':
      return [conversation(entry, voice, cast)]
  }
}

const NONE: ReadonlySet<number> = new Set()

/**
 * What may be added to the shortest bullet, most valuable first: for whom, then clauses
 * with a figure (results before actions), a win's need, then the other clauses.
 */
function* additions(draft: Draft): Generator<(k: Knobs) => Knobs> {
  const add = (set: ReadonlySet<number>, i: number) => new Set([...set, i])
  if (draft.forWhom) yield (k) => ({ ...k, forWhom: true })
  for (const figure of [true, false]) {
    for (const i of draft.results?.optional(figure) ?? [])
      yield (k) => ({ ...k, results: add(k.results, i) })
    for (const i of draft.actions?.optional(figure) ?? [])
      yield (k) => ({ ...k, actions: add(k.actions, i) })
    if (figure && draft.extra) yield (k) => ({ ...k, extra: true })
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Tidy, nothing left hanging at the end, a capital first. */
function finish(text: string): string {
  return capitalise(dropDangling(tidy(text)))
}

/**
 * The bullet for one entry, in the first shape whose shortest form fits
 * BULLET_MAX_LENGTH: all of it when it fits; otherwise the shortest form (each part's
 * first clause, its trailing phrases dropped if need be) with as much added back as
 * fits, most valuable first. If no shortest form fits, the last shape's action is cut
 * at a clause (or a word) and its kept ending (the metric) stays.
 */
export function composeBullet(entry: Entry, primary: CompetencyId, cast: Cast): string {
  const voice = cast.voice(entry)
  const drafts = draftsFor(entry, primary, voice, cast)
  let shortest = { main: '', keep: '' }
  for (const draft of drafts) {
    const text = fitted(draft, voice)
    if (typeof text === 'string') return text
    shortest = text.shortest
  }
  return cutToFit(shortest, voice)
}

/** The draft's richest form that fits, or its shortest form when none does. */
function fitted(draft: Draft, voice: Voice): string | { shortest: { main: string; keep: string } } {
  const render = (k: Knobs) => {
    const { main, keep } = draft.write(k)
    const text = finish(voice.write(`${main}${keep}`))
    return text.length <= BULLET_MAX_LENGTH ? text : undefined
  }
  const whole = render({
    extra: true,
    forWhom: true,
    actions: draft.actions?.all ?? NONE,
    results: draft.results?.all ?? NONE,
    trim: 0,
  })
  if (whole !== undefined) return whole
  let k: Knobs = { extra: false, forWhom: false, actions: NONE, results: NONE, trim: 0 }
  let best = render(k)
  for (let trim = 1; best === undefined && trim <= 3; trim++) {
    k = { ...k, trim }
    best = render(k)
  }
  if (best === undefined) return { shortest: draft.write(k) }
  const filled = fill(draft, k, best, render)
  // A figure is worth a trailing phrase: "running two sessions and cutting the list
  // from 19 projects to 8" beats "running two sessions with … and …" without it.
  const tighter = fill(draft, { ...k, trim: k.trim + 1 }, best, render)
  return numbersIn(tighter).length > numbersIn(filled).length ? tighter : filled
}

/** The shortest form `k` with as much added back as fits, most valuable first. */
function fill(
  draft: Draft,
  start: Knobs,
  shortest: string,
  render: (k: Knobs) => string | undefined,
): string {
  let k = start
  let best = render(k) ?? shortest
  for (const add of additions(draft)) {
    const next = add(k)
    const text = render(next)
    if (text === undefined) continue
    k = next
    best = text
  }
  return best
}

/** The shortest form, still too long: cut the action, keep the ending (the metric). */
function cutToFit({ main, keep }: { main: string; keep: string }, voice: Voice): string {
  // Written apart from the rest and not tidied: it starts with its joint ("; ", ", ").
  const ending = main ? voice.write(keep) : ''
  const room = BULLET_MAX_LENGTH - ending.length
  if (ending && room >= 60) {
    const text = finish(`${cutAtClause(finish(voice.write(main)), room)}${ending}`)
    if (text.length <= BULLET_MAX_LENGTH) return text
  }
  return cutAtWord(finish(voice.write(`${main}${keep}`)), BULLET_MAX_LENGTH)
}
