// Passphrase strength through zxcvbn-ts. Its dictionaries weigh more than a megabyte, so
// they are loaded only when a passphrase form opens, once, and never at start-up.

export type StrengthScore = 0 | 1 | 2 | 3 | 4

export interface Strength {
  score: StrengthScore
  /** What makes it easy to guess, when zxcvbn sees something. */
  warning: string | null
  suggestions: string[]
}

export type StrengthChecker = (passphrase: string) => Strength

/** The meter's words, by score. */
export const STRENGTH_WORDS: Record<StrengthScore, string> = {
  0: 'Too easy to guess',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
}

// Words anyone would try first against a Leadlog journal.
const USER_INPUTS = ['leadlog', 'journal', 'career', 'passphrase', 'password']

let loading: Promise<StrengthChecker> | null = null

/** Loads zxcvbn and its English dictionaries the first time; the same checker afterwards. */
export function loadStrengthChecker(): Promise<StrengthChecker> {
  loading ??= (async () => {
    const [core, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ])
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    })
    return (passphrase: string): Strength => {
      const result = zxcvbn.check(passphrase, USER_INPUTS)
      return {
        score: result.score,
        warning: result.feedback.warning || null,
        suggestions: result.feedback.suggestions,
      }
    }
  })()
  // A failed load (a missing chunk) may be tried again when the form opens next.
  loading.catch(() => {
    loading = null
  })
  return loading
}
