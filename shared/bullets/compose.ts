// Writes one entry's bullet from its structured fields (never its notes): a strong verb,
// what was done, for whom, and the measurable result, trimmed clause by clause to fit.
import {
  anonymousLabel,
  highestLevel,
  personLabel,
  type CompetencyId,
  type Entry,
  type Metric,
  type Person,
} from '../entry'
import { withArticle } from './names'
import {
  BULLET_MAX_LENGTH,
  cutAtClause,
  cutAtWord,
  removeFirstPerson,
  startsWithVerb,
  tidy,
  toActionClause,
} from './text'
import { bankVerb } from './verbs'

/** How names are shown: share-safe (role and level) or as the user wrote them. */
export interface NameStyle {
  shareSafe: boolean
  /** Replaces names in free text with role and level (used when shareSafe). */
  redact: (text: string) => string
  /** Whether a word is a known person's name (kept capitalised mid-sentence). */
  isName: (word: string) => boolean
}

const KEEP_CAPITAL =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

/**
 * Lets a sentence continue mid-bullet: "Finance went live" becomes "finance went live",
 * but names, months and acronyms keep their capitals.
 */
function lowerStart(text: string, style: NameStyle): string {
  const word = /^[A-Z][a-z]+(?:-[a-z]+)*(?![\p{L}\p{N}'’])/u.exec(text)?.[0]
  if (!word || KEEP_CAPITAL.test(word) || style.isName(word)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** A field's text with names handled as the style asks. */
function show(text: string, style: NameStyle): string {
  return style.shareSafe ? style.redact(text) : text
}

function personPhrase(person: Person, style: NameStyle): string {
  return removeFirstPerson(rawPersonPhrase(person, style))
}

function rawPersonPhrase(person: Person, style: NameStyle): string {
  if (style.shareSafe || !person.name.trim()) return withArticle(anonymousLabel(person))
  return personLabel(person)
}

function formatValue(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e15) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    return value < 0 ? `-${digits}` : digits
  }
  return String(value)
}

/** "18% faster month-end close", "120,000 USD annual hosting cost saved". */
export function metricPhrase(metric: Metric): string {
  const value = formatValue(metric.value)
  const unit = metric.unit.trim()
  const measure = metric.measure.trim()
  const unitInMeasure = unit !== '' && measure.toLowerCase().includes(unit.toLowerCase())
  let amount: string
  if (unit === '' || unitInMeasure) amount = value
  else if (unit === '%') amount = `${value}%`
  else if (/^[$€£¥]$/.test(unit)) amount = `${unit}${value}`
  else amount = `${value} ${unit}`
  return `${amount} ${measure}`
}

interface Parts {
  core: string
  forWhom?: string
  /** The result: a metric phrase or the result text, already joined (", resulting in ..."). */
  tail?: string
  problem?: string
}

function resultTail(result: string, style: NameStyle): string | undefined {
  if (!result) return undefined
  const clause = toActionClause(result, null)
  if (clause !== null && startsWithVerb(clause))
    return ` and ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`
  return `; ${lowerStart(result, style)}`
}

/** The action clause, or the title's when the action says nothing once cleaned up. */
function actionOr(text: string, title: () => string, verb: string): string {
  const clause = toActionClause(text, verb)
  if (clause && clause !== verb) return clause
  return toActionClause(title(), verb) ?? verb
}

function parts(entry: Entry, primary: CompetencyId, base: NameStyle): Parts {
  const style = base
  const level = highestLevel(entry)
  const verb = bankVerb(
    primary,
    level,
    entry.kind === 'leadership-moment' && entry.mode === 'manager',
  )
  const metric = entry.metric
    ? `, resulting in ${removeFirstPerson(show(metricPhrase(entry.metric), style))}`
    : undefined
  const title = () => show(entry.title, style)
  switch (entry.kind) {
    case 'leadership-moment': {
      const action = show(entry.action, style).trim()
      const result = removeFirstPerson(show(entry.result, style))
      return {
        core: actionOr(action, title, verb),
        tail: metric ?? resultTail(result, style),
      }
    }
    case 'stakeholder-win': {
      const delivered = show(entry.delivered, style).trim()
      const need = removeFirstPerson(show(entry.need, style))
      return {
        // The field says what was delivered, so a noun phrase there reads "Delivered ...".
        core: actionOr(delivered, title, 'Delivered'),
        forWhom: `for ${personPhrase(entry.stakeholder, base)}`,
        tail: metric,
        problem: need ? `meeting the need for ${lowerStart(need, style)}` : undefined,
      }
    }
    case 'difficult-conversation': {
      const said = show(entry.whatISaid, style)
      const topic = removeFirstPerson(show(entry.topic, style))
      const counterpart = personPhrase(entry.counterpart, base)
      const spoken = /[?"“”]/.test(said) ? null : toActionClause(said, null)
      if (spoken)
        return {
          core: spoken,
          forWhom: `in a conversation with ${counterpart}`,
          tail: metric,
          problem: topic ? `about ${lowerStart(topic, style)}` : undefined,
        }
      // Said as a quote or a question: describe the conversation in the entry's own words.
      const opener = entry.outcome === 'resolved' ? 'Resolved' : 'Led'
      return {
        core: `${opener} a difficult conversation with ${counterpart}${topic ? ` about ${lowerStart(topic, style)}` : ''}`,
        tail: metric,
      }
    }
  }
}

/** The chosen parts run together, before tidy(). */
function joinRaw(p: Parts, forWhom: boolean, tail: boolean, problem: boolean): string {
  let text = p.core
  if (forWhom && p.forWhom && !text.includes(p.forWhom.replace(/^\S+ /, '')))
    text += / for /.test(text) ? `, ${p.forWhom}` : ` ${p.forWhom}`
  if (problem && p.problem) text += `, ${p.problem}`
  if (tail && p.tail) text += p.tail
  return text
}

/**
 * The bullet for one entry. Optional clauses go first when it is too long (the problem,
 * then for whom); the result is kept longest, and the action is only cut at a word.
 */
export function composeBullet(entry: Entry, primary: CompetencyId, style: NameStyle): string {
  const p = parts(entry, primary, style)
  const attempts: [boolean, boolean, boolean][] = [
    [true, true, true],
    [true, true, false],
    [false, true, false],
  ]
  let tried: string | undefined
  for (const [forWhom, tail, problem] of attempts) {
    const raw = joinRaw(p, forWhom, tail, problem)
    // Without a problem or a "for whom" clause an attempt repeats the one before, which
    // did not fit; skipping it saves tidying the same text again.
    if (raw === tried) continue
    tried = raw
    const text = tidy(raw)
    if (text.length <= BULLET_MAX_LENGTH) return text
  }
  if (p.tail) {
    const room = BULLET_MAX_LENGTH - p.tail.length
    if (room >= 60) {
      const text = tidy(`${cutAtClause(p.core, room)}${p.tail}`)
      if (text.length <= BULLET_MAX_LENGTH) return text
    }
  }
  return cutAtWord(tidy(joinRaw(p, false, false, false)), BULLET_MAX_LENGTH)
}
