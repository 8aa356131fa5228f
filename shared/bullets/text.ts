// Pure text rules for resume bullets: drop first-person words, strip weak openers, put
// the opening verb in the past tense, trim to length at clause or word boundaries, and
// the checks shown to the user (also run on bullets the user has edited).
import { isBaseVerb, pastTense, WEAK_VERBS } from './verbs'
import { wordFinder } from './names'

export const BULLET_MAX_LENGTH = 180

/** The weak openers a bullet must never start with (matched case-insensitively). */
export const WEAK_OPENERS = [
  'responsible for',
  'helped',
  'worked on',
  'assisted',
  'participated in',
  'was involved in',
  'tasked with',
] as const

// First-person words; "US" in capitals is the country and a lone lower-case "i" is not
// a pronoun, so both are left alone by the check and the rewrite alike.
const FIRST_PERSON =
  /(?<![\p{L}\p{N}'’])(?:i|i['’](?:m|ve|d|ll)|me|my|mine|myself|we|we['’](?:re|ve|d|ll)|us|our|ours|ourselves)(?![\p{L}\p{N}'’])/giu

function isPronoun(word: string): boolean {
  return word !== 'US' && word !== 'i'
}

/** Every first-person word is made of these letter runs ("we're" is "we" + "re"). */
const PRONOUN_ATOMS = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
])

const mayHaveFirstPerson = wordFinder(PRONOUN_ATOMS)

export function hasFirstPerson(text: string): boolean {
  if (!mayHaveFirstPerson(text)) return false
  for (const match of text.matchAll(FIRST_PERSON)) if (isPronoun(match[0])) return true
  return false
}

const REPLACEMENTS: Record<string, string> = {
  we: 'the team',
  us: 'the team',
  "we're": 'the team is',
  "we've": 'the team has',
  "we'd": 'the team would',
  "we'll": 'the team will',
  our: 'the',
  my: 'the',
  ours: "the team's",
}

/**
 * Rewrites text so it has no first-person words: a leading subject ("I", "We", "My team
 * and I") is dropped because bullets leave the subject out; so is "I" after a joining
 * word ("and I fixed"). Elsewhere "we/us" become "the team", "my/our" become "the",
 * and "me/myself/mine" disappear.
 */
export function removeFirstPerson(text: string): string {
  if (!mayHaveFirstPerson(text)) return tidy(text)
  let out = text.replace(
    /^\s*(?:(?:my|our) team and (?:I|me)|(?:I|we)(?:['’](?:ve|d|ll|m))?|(?:my|our) team)\s+(?:also\s+|then\s+|personally\s+|have\s+|had\s+)?/i,
    '',
  )
  out = out.replace(
    /([,;]\s*|\b(?:and|then|so|but|where|when|after|before|because|until)\s+)(?:I|we)(?:['’](?:ve|d|ll|m))?\s+/gi,
    '$1',
  )
  // A later sentence's subject (capitalised, so "e.g. we" is left to the rules below)
  // goes the same way, and its verb takes the capital:
  // "... each owner. I set up a calendar" reads "... each owner. Set up a calendar".
  out = out.replace(
    /([.!?]\s+)(?:I|We)(?:['’](?:ve|d|ll|m))?\s+(?:also\s+|then\s+)?(\p{Ll})/gu,
    (_, end: string, first: string) => `${end}${first.toUpperCase()}`,
  )
  out = out.replace(/(?<![\p{L}\p{N}'’])(?:to|for|with) (?:me|myself)(?![\p{L}\p{N}'’])/giu, '')
  out = out.replace(FIRST_PERSON, (word) => {
    if (!isPronoun(word)) return word
    const replacement = REPLACEMENTS[word.toLowerCase().replace('’', "'")] ?? ''
    return /^[A-Z]/.test(word) && word !== 'I' ? capitalise(replacement) : replacement
  })
  return tidy(out)
}

/** Collapses spaces, removes space before punctuation and doubled punctuation. */
export function tidy(text: string): string {
  // Most texts are tidy but for a closing full stop, which the last step drops anyway;
  // nothing the patterns change can reach into those edge characters, so a cheap scan
  // of the rest settles it.
  let end = text.length
  while (end > 0 && EDGE.has(text.charAt(end - 1))) end--
  const trimmed = end === text.length ? text : text.slice(0, end)
  if (isTidy(trimmed)) return trimmed
  const out = text
    .replace(/\s+/g, ' ')
    // Never before a digit: "5 ,000" or "3 .5" must not become a new number.
    .replace(/ ([,;:.!?])(?!\d)/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+(?!\d)/g, '$1')
    .replace(/^[\s,;:.\-–—]+/, '')
  // A loop, not a regex anchored at the end, which backtracks badly on long runs.
  end = out.length
  while (end > 0 && EDGE.has(out.charAt(end - 1))) end--
  return out.slice(0, end)
}

const EDGE = new Set([' ', ',', ';', ':', '.', '-', '–', '—'])
// Character codes for isTidy: space, , ; : . ! ? - – —
const SPACE = 32
const isJoiner = (c: number) => c === 44 || c === 59 || c === 58
const isBeforeSpace = (c: number) => isJoiner(c) || c === 46 || c === 33 || c === 63
const isEdge = (c: number) =>
  c === SPACE || isJoiner(c) || c === 46 || c === 45 || c === 8211 || c === 8212 || isSpaceCode(c)
const isDigitCode = (c: number) => c >= 48 && c <= 57

/**
 * Whether tidy() would leave the text as it is: a character-code scan, much cheaper
 * than running its patterns on every clause of every bullet.
 */
function isTidy(text: string): boolean {
  const n = text.length
  if (n === 0) return true
  if (isEdge(text.charCodeAt(0)) || isEdge(text.charCodeAt(n - 1))) return false
  let previous = 0
  let lastJoiner = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === SPACE) {
      if (previous === SPACE) return false
      if (isBeforeSpace(text.charCodeAt(i + 1)) && !isDigitCode(text.charCodeAt(i + 2)))
        return false
    } else if (isJoiner(c)) {
      if (lastJoiner && !isDigitCode(text.charCodeAt(i + 1))) return false
      lastJoiner = true
    } else {
      // Printable ASCII is never a space: skips the long test for nearly every character.
      if ((c < 33 || c > 126) && isSpaceCode(c)) return false
      lastJoiner = false
    }
    previous = c
  }
  return true
}

/** The characters `\s` matches in JavaScript. */
function isSpaceCode(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  )
}

const WEAK_PATTERNS: readonly RegExp[] = [
  /^(?:was |were |am |is )?(?:responsible for|involved in|tasked with|in charge of)(?:\s+|$)/i,
  /^(?:helped|helping|help|helps|assisted|assisting|assist|assists|supported|supporting)(?:\s+(?:with|in|on|to))?(?:\s+|$)/i,
  /^(?:participated|participating|participate|took part|taking part) in(?:\s+|$)/i,
  /^(?:worked|working|work) (?:on|with)(?:\s+|$)/i,
  /^(?:was|were|am|is) (?:also )?(?:part of|involved with)(?:\s+|$)/i,
]

/** First words that may begin a weak opener; other texts skip the patterns. */
const WEAK_STARTS = new Set(
  `was were am is responsible involved tasked in helped helping help helps assisted assisting
  assist assists supported supporting participated participating participate took taking
  worked working work`.split(/\s+/),
)

/** Whether the text starts with one of the weak openers (case-insensitive). */
export function startsWithWeakOpener(text: string): boolean {
  const lower = text.trimStart().toLowerCase()
  return WEAK_OPENERS.some((opener) => lower === opener || lower.startsWith(`${opener} `))
}

/**
 * The text's first word (letters, apostrophes and hyphens). A scan with an ASCII fast
 * path: it is asked of every clause of every try.
 */
export function firstWord(text: string): string {
  let end = 0
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) continue
    if (c < 128 || !/[\p{L}’]/u.test(text.charAt(end))) break
  }
  return text.slice(0, end)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Turns the user's description of what they did into a bullet's opening clause:
 * no subject, no weak opener, the verb in the past tense. When the text does not start
 * with a verb (a noun phrase such as "the budget"), `fallbackVerb` is put in front, or
 * null is returned when there is no fallback.
 */
export function toActionClause(
  text: string,
  fallbackVerb: string | null,
  /** The text is already without first-person words (removeFirstPerson's output). */
  cleaned = false,
): string | null {
  let out = cleaned ? text : removeFirstPerson(text)
  let helped = false
  for (let guard = 0; guard < 5 && WEAK_STARTS.has(firstWord(out).toLowerCase()); guard++) {
    const before = out
    for (const pattern of WEAK_PATTERNS) {
      if (/^(?:help|assist|support)/i.test(out) && pattern.test(out)) helped = true
      out = out.replace(pattern, '')
    }
    out = tidy(out)
    if (out === before) break
  }
  if (!out) return fallbackVerb
  const word = firstWord(out)
  const past = word ? pastTense(word) : undefined
  if (past && !WEAK_VERBS.has(past)) return capitalise(`${past}${out.slice(word.length)}`)
  if (past && WEAK_VERBS.has(past)) out = tidy(out.slice(word.length))
  // "helped the team migrate the CRM" -> "Enabled the team to migrate the CRM"
  if (helped) {
    const words = out.split(' ')
    const at = words.findIndex((w, i) => i > 0 && i < 5 && isBaseVerb(w))
    if (at > 0) {
      const object = words.slice(0, at).filter((w) => w.toLowerCase() !== 'to')
      return capitalise(`enabled ${object.join(' ')} to ${words.slice(at).join(' ')}`)
    }
  }
  if (!out || fallbackVerb === null) return out ? null : fallbackVerb
  return `${fallbackVerb} ${lowerLeadingDeterminer(out)}`
}

const DETERMINERS =
  /^(?:The|A|An|All|Each|Every|This|That|These|Those|Some|No|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Its|Their|His|Her)\b/

/** Lower-cases a leading determiner so a clause can follow other words mid-sentence. */
export function lowerLeadingDeterminer(text: string): string {
  return DETERMINERS.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** A clause that starts with a past-tense verb can be joined with "and". */
export function startsWithVerb(text: string): boolean {
  const word = firstWord(text)
  const past = word ? pastTense(word) : undefined
  return past !== undefined && past === word.toLowerCase()
}

/** Strong = starts with a recognised past-tense action verb that is not a weak one. */
export function startsWithStrongVerb(text: string): boolean {
  if (startsWithWeakOpener(text)) return false
  const word = firstWord(text.trimStart())
  if (!word) return false
  const past = pastTense(word)
  return past !== undefined && past === word.toLowerCase() && !WEAK_VERBS.has(past)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Every number written in the text, as numbers: "120,000" is 120000, "2.4" is 2.4, and
 * "6, 7" is 6 and 7. A scanner rather than a regex because it runs on every bullet.
 */
export function numbersIn(text: string): number[] {
  const found: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < n && isDigit(text.charCodeAt(i))) i++
    let digits = text.slice(start, i)
    // Thousands groups: a comma and exactly three digits, only after a short lead.
    if (digits.length <= 3) {
      while (
        i + 3 < n &&
        text.charCodeAt(i) === 44 &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))
      ) {
        digits += text.slice(i + 1, i + 4)
        i += 4
      }
    }
    if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      const dot = i
      i++
      while (i < n && isDigit(text.charCodeAt(i))) i++
      digits += text.slice(dot, i)
    }
    found.push(Number(digits))
  }
  return found
}

/** Small words a text must not end on: they promise something that never comes. */
const DANGLING_WORDS = new Set(
  `and or but the a an to of for with by in on at from that which as into so than while
  after before its their resulting cutting giving settling`.split(/\s+/),
)

/** Marks a text must not end on (a space, comma, semicolon, colon or dash). */
function isTrailingMark(code: number): boolean {
  return isSpaceCode(code) || isJoiner(code) || code === 45 || code === 8211 || code === 8212
}

function isWordCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * The text without small words or punctuation left hanging at its end ("… and", "… with,").
 * A scan from the end: it runs on every try of every bullet, and a pattern anchored at
 * the end would be tried from every position.
 */
export function dropDangling(text: string): string {
  let end = text.length
  for (;;) {
    while (end > 0 && isTrailingMark(text.charCodeAt(end - 1))) end--
    let start = end
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--
    // A small word counts only after a space ("… with"), not as a whole text ("and").
    const word = start < end && start > 0 && isSpaceCode(text.charCodeAt(start - 1))
    if (!word || !DANGLING_WORDS.has(text.slice(start, end).toLowerCase())) break
    end = start
  }
  return end === text.length ? text : text.slice(0, end)
}

/** Whether the text ends on a small word or a mark that leaves it hanging. */
export function endsDangling(text: string): boolean {
  return dropDangling(text) !== text
}

/** Cuts text to at most `max` characters at a word boundary, dropping dangling small words. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return dropDangling(space > 0 ? cut.slice(0, space) : '')
}

/**
 * Cuts text to at most `max` characters, preferring to drop whole trailing clauses
 * (after a comma, semicolon or "and") so what is left still says one complete thing;
 * falls back to a word boundary when the first clause alone is too long.
 */
export function cutAtClause(text: string, max: number): string {
  if (text.length <= max) return text
  const boundary = /,\s+|;\s+|\s+and\s+/g
  let best = -1
  for (const match of text.matchAll(boundary)) {
    if (match.index > max) break
    if (match.index >= max * 0.4) best = match.index
  }
  if (best <= 0) return cutAtWord(text, max)
  const kept = tidy(text.slice(0, best))
  // "A, B, C" cut after B reads "A and B", unless B already has its own "and".
  const lastComma = kept.lastIndexOf(', ')
  if (lastComma > 0 && !kept.slice(lastComma).includes(' and ') && kept.length + 3 <= max)
    return `${kept.slice(0, lastComma)} and ${kept.slice(lastComma + 2)}`
  return kept
}
