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
import { metricAmount, metricResult, type MetricResult } from './metric'
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
  /** Which optional clauses of the action are kept (bit i for clause i). */
  actions: number
  /** Which optional clauses of the result (or of what was said) are kept (bit i). */
  results: number
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

/** Words that open a sentence and read lower-case mid-bullet ("the report went out"). */
const STARTERS = new Set(
  `the a an this that these those it its all each every no both some most many few one two
  three four five six seven eight nine ten there what when after before during once`.split(/\s+/),
)

/**
 * Lets a sentence continue mid-bullet: "The report went out" becomes "the report went
 * out", "Adding a workflow" "adding a workflow", and "Cut-over finished" "cut-over
 * finished" when the entry also writes "cut-over" in lower case; a name, a month, an
 * acronym or a project ("Keystone went live") keeps its capital.
 */
function lowerStart(text: string, voice: Voice): string {
  const word = /^[A-Z][a-z]*(?:-[a-z]+)*(?![\p{L}\p{N}'’])/u.exec(text)?.[0]?.toLowerCase()
  if (!word) return text
  // A verb or an -ing word ("Adding a workflow …") is no proper name either.
  const common = STARTERS.has(word) || word.endsWith('ing') || pastTense(word) !== undefined
  if (!common && !voice.writesLower(word)) return text
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
  take(kept: number, trim = 0): string[] {
    const out = this.items.filter((_, i) => i < this.fixed || (i < 31 && (kept & (1 << i)) !== 0))
    if (trim > 0 && this.fixed > 0 && out[0] !== undefined) out[0] = this.trimmed(trim)
    return out
  }

  /** The first clause without `trim` trailing phrases, worked out once per trim. */
  private trimmed(trim: number): string {
    return (this.trims[trim] ??= trimmed(this.items[0]!, trim))
  }

  private readonly trims: string[] = []

  /** Every clause. */
  get all(): number {
    return ALL
  }

  /** The kept clauses in the -ing form, as a list: "running …, tracing … and moving …". */
  gerunds(kept: number, trim = 0): string {
    const out: string[] = []
    this.items.forEach((item, i) => {
      if (i >= this.fixed && !(i < 31 && (kept & (1 << i)) !== 0)) return
      const ing =
        i === 0 && trim > 0 && this.fixed > 0
          ? gerundClause(this.trimmed(trim))
          : (this.ings[i] ??= gerundClause(item) ?? '')
      if (ing) out.push(ing)
    })
    return joinList(out)
  }

  /** Each clause's -ing form ('' when it has none), worked out once. */
  private readonly ings: string[] = []
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
function actionClauses(text: string, title: string, verb: string, voice: Voice) {
  const fromText = doneClauses(text, verb, voice)
  if (fromText) return fromText
  // The field says nothing once cleaned up: the title says what was done.
  return doneClauses(title, verb, voice) ?? [verb]
}

function doneClauses(text: string, verb: string, voice: Voice): string[] | null {
  const clauses = clausesOf(removeFirstPerson(text))
  const first = clauses[0] ? toActionClause(clauses[0].text, verb, true) : null
  if (!first || first === verb) return null
  const rest = clauses
    .slice(1)
    .filter((c) => c.verb && !voice.orphaned(c.text))
    .map((c) => lowerStart(c.text, voice))
  return [dropDangling(first), ...rest]
}

/** The clauses of a result or a need, each continuing mid-sentence. */
function laterClauses(text: string, voice: Voice): Clause[] {
  return clausesOf(removeFirstPerson(text))
    .filter((c, i) => i === 0 || !voice.orphaned(c.text))
    .map((c) => ({ text: lowerStart(c.text, voice), verb: c.verb }))
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
        return { main: '', keep: `${head}${link}${actions.gerunds(k.actions, k.trim)}` }
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
  const amount = metricAmount(entry.metric)
  const found = metricResult(entry.metric, amount)
  const phrase = removeFirstPerson(`${amount} ${entry.metric.measure.trim()}`)
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
  const actions = new Parts(actionClauses(entry.action, entry.title, verb, voice))
  const metric = metricParts(entry)
  const results = laterClauses(entry.result, voice)
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
          const doing = actions.gerunds(k.actions, k.trim)
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
      const did = `${title} by ${doing.gerunds(k.actions, k.trim)}`
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

/** Words too common to say that a title and an action speak of the same thing. */
const COMMON = new Set(['with', 'from', 'into', 'their', 'about', 'after', 'before', 'team'])

/**
 * The title as what was accomplished ("Coached Liam to lead his first requirements
 * workshop"), for "<title> by <doing>": only when it starts with a strong verb and says
 * something the first action does not. A title that shares a word with it ("Presented
 * the incident review" over "Led the post-incident review") only restates it, and
 * "Presented … by leading …" would not read.
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
  const words = new Set(atomsOf(action).filter((w) => w.length >= 4 && !COMMON.has(w)))
  return atomsOf(text).some((w) => words.has(w)) ? undefined : capitalise(text)
}

/** A need that reads as a thing given ("a view of all twelve IT projects …"). */
function givenNeed(need: string): string | undefined {
  if (!need || startsWithVerb(need)) return undefined
  if (/^(?:to|that|so|because|for|when|if|why|how|what|whether|they|he|she|it)\b/i.test(need))
    return undefined
  return need
}

function win(entry: StakeholderWin, voice: Voice, cast: Cast): Draft[] {
  const actions = new Parts(actionClauses(entry.delivered, entry.title, 'Delivered', voice))
  const who = personMark(0)
  const forWhom = (k: Knobs, before: string) =>
    k.forWhom && !voice.mentions(before, 0) ? who : undefined
  const metric = metricParts(entry)
  if (metric) return [withMetric(actions, metric.result, metric.phrase, forWhom, cast)]
  const need = givenNeed(laterClauses(entry.need, voice)[0]?.text ?? '')
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
            return { main: `${head} by ${doing.gerunds(k.actions, k.trim)}`, keep: '' }
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
function saidClauses(text: string, voice: Voice): string[] {
  if (/[?"“”]|\((?:situation|behaviou?r|impact)\)/i.test(text)) return []
  const clauses = clausesOf(removeFirstPerson(text))
  const first = clauses[0] ? toActionClause(clauses[0].text, null, true) : null
  if (!first || !startsWithVerb(first)) return []
  const rest = clauses.slice(1).filter((c) => c.verb && !voice.orphaned(c.text))
  return [first, ...rest.map((c) => lowerStart(c.text, voice))]
}

function conversation(entry: DifficultConversation, voice: Voice): Draft {
  const topic = new Parts([lowerStart(laterClauses(entry.topic, voice)[0]?.text ?? '', voice)])
  const opening = (k: Knobs) => openingFor(entry, personMark(0), topic.take(NONE, k.trim)[0]!).text
  const metric = metricParts(entry)
  if (metric?.result?.strong) {
    const result = metric.result
    return { write: (k) => ({ main: '', keep: `${result.text} by ${gerundClause(opening(k))}` }) }
  }
  const said = new Parts(saidClauses(entry.whatISaid, voice), 0)
  const ending = metric?.result ? gerundClause(metric.result.text) : undefined
  const keep = metric ? (ending ? `, ${ending}` : `; ${metric.phrase}`) : ''
  return {
    results: said,
    write(k) {
      const doing = said.gerunds(k.results)
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
      return [conversation(entry, voice)]
  }
}

/** No optional clause, and every one (bit masks: a bullet never has 31 clauses to keep). */
const NONE = 0
const ALL = 0x7fffffff

/** One thing that may be added to a bullet: for whom, the extra, or the i-th clause. */
interface Addition {
  part: 'forWhom' | 'extra' | 'actions' | 'results'
  i: number
  /** The clause it adds, when it is one. */
  clause?: string
}

/**
 * What may be added to the shortest bullet, most valuable first: for whom, then clauses
 * with a figure (results before actions), a win's need, then the other clauses.
 */
function additions(draft: Draft): Addition[] {
  const out: Addition[] = []
  if (draft.forWhom) out.push({ part: 'forWhom', i: 0 })
  for (const figure of [true, false]) {
    for (const part of ['results', 'actions'] as const)
      for (const i of draft[part]?.optional(figure) ?? [])
        if (i < 31) out.push({ part, i, clause: draft[part]!.items[i] })
    if (figure && draft.extra) out.push({ part: 'extra', i: 0 })
  }
  return out
}

/** The knobs with one more thing kept. */
function added(k: Knobs, { part, i }: Addition): Knobs {
  if (part === 'forWhom' || part === 'extra') return { ...k, [part]: true }
  return { ...k, [part]: k[part] | (1 << i) }
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
    const text = new Fitter(draft, voice).fit()
    if (typeof text === 'string') return text
    shortest = text.shortest
  }
  return cutToFit(shortest, voice)
}

/**
 * Tries of one draft: each raw text written once (tries often repeat one, when a knob
 * has nothing to add), and the richest form that fits found greedily.
 */
class Fitter {
  private readonly seen = new Map<string, string | undefined>()

  constructor(
    private readonly draft: Draft,
    private readonly voice: Voice,
  ) {}

  /** The bullet for the knobs, or undefined when it does not fit. */
  render(k: Knobs, raw = this.raw(k)): string | undefined {
    if (this.seen.has(raw)) return this.seen.get(raw)
    const text = finish(this.voice.write(raw))
    const fits = text.length <= BULLET_MAX_LENGTH ? text : undefined
    this.seen.set(raw, fits)
    return fits
  }

  /** The richest form that fits, or the shortest form when none does. */
  fit(): string | { shortest: { main: string; keep: string } } {
    const draft = this.draft
    const all: Knobs = {
      extra: true,
      forWhom: true,
      actions: draft.actions?.all ?? NONE,
      results: draft.results?.all ?? NONE,
      trim: 0,
    }
    // All of it, unless it is plainly too long; filling the shortest form back up reaches
    // the same bullet whenever all of it fits, so this is only a shortcut.
    const raw = this.raw(all)
    const whole = this.plainlyLong(raw) ? undefined : this.render(all, raw)
    if (whole !== undefined) return whole
    let k: Knobs = { extra: false, forWhom: false, actions: NONE, results: NONE, trim: 0 }
    let best = this.render(k)
    for (let trim = 1; best === undefined && trim <= 3; trim++) {
      k = { ...k, trim }
      best = this.render(k)
    }
    if (best === undefined) return { shortest: draft.write(k) }
    const adds = additions(draft)
    const filled = this.fill(k, best, adds)
    if (!missesFigure(draft, filled.k)) return filled.text
    // A figure is worth a trailing phrase: "running two sessions and cutting the list
    // from 19 projects to 8" beats "running two sessions with … and …" without it.
    const tighter = this.fill({ ...k, trim: k.trim + 1 }, best, adds)
    return numbersIn(tighter.text).length > numbersIn(filled.text).length
      ? tighter.text
      : filled.text
  }

  /** The raw bullet (names not yet written) for the knobs. */
  private raw(k: Knobs): string {
    const { main, keep } = this.draft.write(k)
    return `${main}${keep}`
  }

  /** Whether a raw bullet is longer than any name or slack could make up. */
  private plainlyLong(raw: string): boolean {
    const clauses =
      (this.draft.actions?.items.length ?? 0) + (this.draft.results?.items.length ?? 0)
    return raw.length - SLACK * (clauses + 2) - NAMES_SLACK > MAX
  }

  /** The shortest form `start` with as much added back as fits, most valuable first. */
  private fill(start: Knobs, shortest: string, adds: readonly Addition[]) {
    let k = start
    let text = this.render(k) ?? shortest
    for (const add of adds) {
      // A clause that cannot fit even if every name in it came out shorter is not tried.
      const clause = add.clause
      if (clause && text.length + clause.length - this.voice.nameLength(clause) - SLACK > MAX)
        continue
      const next = added(k, add)
      const tried = this.render(next)
      if (tried === undefined) continue
      k = next
      text = tried
    }
    return { text, k }
  }
}

const MAX = BULLET_MAX_LENGTH

/** Whether a clause with a figure was left out. */
function missesFigure(draft: Draft, k: Knobs): boolean {
  return left(draft.actions, k.actions) || left(draft.results, k.results)
}

function left(parts: Parts | undefined, kept: number): boolean {
  return parts?.optional(true).some((i) => i < 31 && (kept & (1 << i)) === 0) ?? false
}

/**
 * How much shorter a clause may come out than its raw text besides its names: "did not
 * use" becoming "not using", a joint of ", " in place of " and ".
 */
const SLACK = 8

/** How much shorter a bullet's names may plausibly come out as descriptions, in all. */
const NAMES_SLACK = 40

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
