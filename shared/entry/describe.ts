// How a person is described, not named, in a document that leaves the machine: a noun
// phrase with the right article that reads like a person wrote it ("a project manager on
// my team", "the COO", "an account manager at the ERP vendor"). Seniority is said in
// words where it matters, never as a parenthesis.
import type { Level, Person } from './entry'

/**
 * Whose voice the document speaks in. The review and the promotion case are the user's
 * own ("my team"); bullets avoid the first person ("the team").
 */
export type Voice = 'mine' | 'neutral'

/** A first mention introduces the person; a later one may shorten ("the project manager"). */
export type Mention = 'first' | 'later'

export interface DescribeOptions {
  voice?: Voice
  mention?: Mention
}

/** Titles held by one person in an organisation: they take "the" (the COO, the Head of IT). */
const UNIQUE_TITLE =
  /^(?:c[a-z]{1,3}o|ceo|chief\b|head of\b|(?:managing |executive |general )?director of\b|(?:s|e)?vp\b|vice president\b|president\b|general manager\b|managing director\b|chair\b)/i

/** Words that already say a role is senior, so "senior" is not added again. */
const SENIOR_WORD = /\b(?:senior|director|head|chief|vp|vice president|principal|lead)\b/i

/** A role held outside the organisation ("account manager at the ERP vendor"). */
const OUTSIDE = /\s(?:at|from|with)\s/i

/** Letters whose spoken name starts with a vowel sound: "an SRE", "an HR partner". */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/

/** "a" or "an" for the phrase that follows. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/)[0] ?? ''
  if (/^[A-Z]{2,}s?$/.test(word)) return VOWEL_SOUND_LETTERS.test(word) ? 'an' : 'a'
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an'
  if (/^(?:uni|use|usu|uti|ure|one|once|eu|ewe)/i.test(word)) return 'a'
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

/**
 * A role as it reads inside a sentence: title-case common words lowered ("Project manager"
 * → "project manager"), acronyms and anything after "at", "of", "for" kept as written
 * (names of teams, vendors and products).
 */
export function roleInProse(role: string): string {
  const words = role.trim().split(/\s+/)
  let lowering = true
  return words
    .map((word) => {
      if (/^(?:at|of|for|from|with|in)$/i.test(word)) lowering = false
      if (!lowering || /[A-Z].*[A-Z]/.test(word) || /\d/.test(word)) return word
      return /^[A-Z][a-z'’-]*$/.test(word) ? word.toLowerCase() : word
    })
    .join(' ')
}

function isUniqueTitle(role: string): boolean {
  return UNIQUE_TITLE.test(role.trim())
}

/** Who someone is without a role: by level alone. */
const WITHOUT_ROLE: Record<Level, Record<Mention, (voice: Voice) => string>> = {
  team: {
    first: (voice) => (voice === 'mine' ? 'a member of my team' : 'a team member'),
    later: () => 'the team member',
  },
  peer: { first: () => 'a colleague from another team', later: () => 'the colleague' },
  senior: { first: () => 'a senior leader', later: () => 'the senior leader' },
  executive: { first: () => 'an executive', later: () => 'the executive' },
}

/** The level said in words around a role that does not say it itself. */
function withLevel(role: string, level: Level, voice: Voice): string {
  switch (level) {
    case 'team':
      return `${role} on ${voice === 'mine' ? 'my' : 'the'} team`
    case 'senior':
      return SENIOR_WORD.test(role) ? role : `senior ${role}`
    case 'peer':
    case 'executive':
      return role
  }
}

/** The user's own wording, shortened for a later mention: "a …" becomes "the …". */
function ownWording(described: string, mention: Mention): string {
  if (mention === 'first') return described
  return described.replace(/^(?:a|an)\s+/i, 'the ')
}

/**
 * How a person is described in share-safe text: their "describe as" wording if they have
 * one, else a phrase from their role and level. Lower-case at the start unless the first
 * word is a proper title ("the COO"); a caller at the start of a sentence capitalises it.
 */
export function describePerson(person: Person, options: DescribeOptions = {}): string {
  const voice = options.voice ?? 'mine'
  const mention = options.mention ?? 'first'
  const own = person.describeAs?.trim()
  if (own) return ownWording(own, mention)
  const role = person.role?.trim()
  if (!role) return WITHOUT_ROLE[person.level][mention](voice)
  if (isUniqueTitle(role)) return `the ${role}`
  const prose = roleInProse(role)
  // "the account manager", not "the account manager at the ERP vendor" a second time.
  if (mention === 'later') return `the ${prose.split(OUTSIDE)[0]}`
  const phrase = OUTSIDE.test(prose) ? prose : withLevel(prose, person.level, voice)
  return `${indefiniteArticle(phrase)} ${phrase}`
}

/**
 * The possessive: always the short form ("the project manager's missed deadlines"), since
 * "a project manager on my team's deadlines" does not read.
 */
export function describePossessive(person: Person, voice: Voice = 'mine'): string {
  return possessive(describePerson(person, { voice, mention: 'later' }))
}

/** A noun phrase made possessive: "the COO's", "the VP Sales'". */
export function possessive(phrase: string): string {
  return /s$/i.test(phrase) && !/ss$/i.test(phrase) ? `${phrase}'` : `${phrase}'s`
}

/** Capitalises the first letter, for a description that opens a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
