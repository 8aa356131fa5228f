// The user's sentences as clauses a bullet can hold: split into the things done ("Ran a
// blameless review …, traced it to …, and moved …"), put in the -ing form ("by running
// …"), joined as a list again, and shortened by whole phrases, never mid-phrase.
import { dropDangling, startsWithVerb, tidy } from './text'
import { gerund, knownPast } from './verbs'

export interface Clause {
  text: string
  /** Starts with a past-tense verb, so it can stand in a list of things done. */
  verb: boolean
}

// A sentence ends at ".", "!" or "?" before a capital or a digit ("2 a.m. to" does not).
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"“])/
// Where a new thing done may start: ", ", ", and ", " and ", " then ", "; ".
const JOINT = /,\s+(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+/g

/**
 * Past forms that start a modifier ("…, based on …") or share the subject before them
 * ("… and was asked to lead"), not a new thing done.
 */
const MODIFIERS = new Set([
  'based',
  'compared',
  'given',
  'followed',
  'related',
  'combined',
  'was',
  'were',
  'had',
])

/**
 * Whether a word after a joint starts a new thing done. "did not use it" stays with the
 * clause before it, which it is about.
 */
function startsClause(rest: string): boolean {
  const word = /^[\p{L}'’-]+/u.exec(rest)?.[0]
  if (!word || MODIFIERS.has(word.toLowerCase()) || !startsWithVerb(word)) return false
  if (/^(?:did not|didn['’]t)\s/i.test(rest)) return false
  // Mid-sentence, a capitalised word the lexicon does not know is a name ("and Alfred").
  return !/^\p{Lu}/u.test(word) || knownPast(word)
}

/** A clause with nothing hanging at its end. */
function clean(text: string): string {
  return dropDangling(tidy(text))
}

/**
 * A piece of a tidied text, cut at a joint: only its edges can be untidy (a space, the
 * sentence's full stop), so it skips tidy's scan of the whole piece.
 */
function cleanPiece(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && LEADING.has(text.charAt(start))) start++
  while (end > start && TRAILING.has(text.charAt(end - 1))) end--
  return dropDangling(start === 0 && end === text.length ? text : text.slice(start, end))
}

const LEADING = new Set([' ', ',', ';', ':', '.', '-', '–', '—'])
const TRAILING = new Set([' ', ',', ';', ':', '.', '!', '?', '-', '–', '—'])

/**
 * The clauses of a tidy text (tidy's or removeFirstPerson's output): its sentences and semicolon parts, and within a part that
 * starts with a verb (a list of things done) each run that starts with a past-tense verb
 * after a comma, "and" or "then". A part with a subject ("Sarah ran it and was asked
 * …") stays whole: its verbs share that subject.
 */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = []
  // Most short texts have no joint at all.
  if (!/[,;.!?]| and | then /.test(text)) {
    push(clauses, text)
    return clauses
  }
  for (const sentence of text.split(SENTENCE_END))
    for (const part of sentence.split(/;\s+/)) {
      if (!startsWithVerb(part)) {
        push(clauses, part)
        continue
      }
      let start = 0
      for (const joint of part.matchAll(JOINT)) {
        const next = joint.index + joint[0].length
        if (!startsClause(part.slice(next))) continue
        push(clauses, part.slice(start, joint.index))
        start = next
      }
      push(clauses, part.slice(start))
    }
  return clauses
}

function push(clauses: Clause[], raw: string): void {
  const text = cleanPiece(raw)
  if (text) clauses.push({ text, verb: startsWithVerb(text) })
}

/**
 * "a", "a and b", "a, b and c"; with a comma before the last "and" when an item has an
 * "and" of its own ("with A and B, and moved …"), so the list still reads as one.
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  const head = items.slice(0, -1)
  const comma = head.some((item) => / and /.test(item)) ? ',' : ''
  return `${head.join(', ')}${comma} and ${items[items.length - 1]!}`
}

/**
 * The clause in the -ing form, for "by …" or ", …ing": "Moved the backup window"
 * becomes "moving the backup window", "did not use it" "not using it"; undefined when
 * it does not start with a verb.
 */
export function gerundClause(text: string): string | undefined {
  const negated = /^(?:did not|didn['’]t)\s+([\p{L}-]+)(.*)$/isu.exec(text)
  if (negated) {
    const ing = gerund(negated[1]!)
    return ing === undefined ? undefined : `not ${ing}${negated[2]!}`
  }
  const word = /^[\p{L}'’-]+/u.exec(text)?.[0]
  if (!word || !startsWithVerb(word)) return undefined
  const ing = gerund(word)
  if (ing === undefined) return undefined
  // "…, and did not use it" inside the clause follows it: "…, and not using it".
  const rest = text
    .slice(word.length)
    .replace(
      /\b(and\s+)(?:did not|didn['’]t)\s+([\p{L}-]+)/giu,
      (whole, and: string, verb: string) => {
        const inner = gerund(verb)
        return inner === undefined ? whole : `${and}not ${inner}`
      },
    )
  return `${ing}${rest}`
}

// Words that open a trailing phrase a clause can lose and still say what was done.
const TAIL =
  /\s(?:with|for|to|in|on|at|from|before|after|during|across|so|because|while|without|by|via|through|into|over|under|per|within|until|since|rather than|instead of|which|who|where|when)\s/gi

/**
 * The clause without its last trailing phrase ("Traced the drop-outs to a firmware reboot
 * timer with …" loses "with …"), or undefined when that would leave too little. The cut
 * comes at a phrase boundary, so what stays is a whole phrase.
 */
export function dropTail(text: string): string | undefined {
  const starts = [...text.matchAll(TAIL)].map((match) => match.index)
  // The last phrase boundary that leaves a whole phrase: "routing rules based" is not one.
  for (let i = starts.length - 1; i >= 0; i--) {
    const at = starts[i]!
    if (at < Math.max(12, text.length * 0.3)) break
    const kept = clean(text.slice(0, at))
    if (NEEDS_MORE.test(kept)) continue
    return kept.split(' ').length >= 3 ? kept : undefined
  }
  return undefined
}

/** Words that cannot end a phrase: they need what came after them ("based on …"). */
const NEEDS_MORE = /\b(?:based|due|according|prior|compared|related|such|close|next|thanks|owing)$/i

/** Prepositional tails a phrase may repeat from what came before ("for the board"). */
const REPEATABLE = /\s(?:for|to|with|in|on|at)\s((?:the|a|an)\s[^,;]+)$/i

/**
 * The phrase without a trailing "for the board" (or "at the all-hands", "to the COO")
 * whose "the board" the text before it already says, so a bullet never reads "for the
 * board, … for the board".
 */
export function withoutRepeatedTail(phrase: string, before: string): string {
  if (!/\s(?:the|a|an)\s/i.test(phrase)) return phrase
  const tail = REPEATABLE.exec(phrase)
  if (!tail) return phrase
  const said = tail[1]!.replace(/^(?:the|a|an)\s/i, '').toLowerCase()
  const kept = clean(phrase.slice(0, tail.index))
  return saysAgain(before.toLowerCase(), said) && kept.split(' ').length >= 2 ? kept : phrase
}

/** Whether the text (lower-case) has "the|a|an <said>" as whole words. */
function saysAgain(text: string, said: string): boolean {
  for (let at = text.indexOf(said); at >= 0; at = text.indexOf(said, at + 1)) {
    const end = at + said.length
    if (/[\p{L}\p{N}]/u.test(text.charAt(end))) continue
    if (/(?:^|[^\p{L}\p{N}])(?:the|a|an)\s$/u.test(text.slice(Math.max(0, at - 5), at))) return true
  }
  return false
}

/** Whether the clause already ends on a "for …" phrase, so another would double it. */
export function hasForTail(text: string): boolean {
  return /\sfor\s[^,;]+$/i.test(text)
}
