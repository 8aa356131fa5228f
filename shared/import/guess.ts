// Guesses the kind of an imported note from its words, and how a leadership moment was
// played. Plain keyword lists, like the competency suggester: predictable, explainable,
// and corrected by the user in the preview. When nothing points elsewhere, a note is a
// leadership moment: a delivered result, the most common thing people log.
import type { EntryKind, Mode } from '../entry'

const stems = (words: readonly string[]) =>
  new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')

/** A conversation that was hard: feedback given, a no said, a conflict faced. */
const CONVERSATION = stems([
  'difficult conversation',
  'hard conversation',
  'tough conversation',
  'honest conversation',
  'difficult talk',
  'hard talk',
  'gave feedback',
  'give feedback',
  'giving feedback',
  'critical feedback',
  'negative feedback',
  'pushed back',
  'push back',
  'pushback',
  'said no',
  'saying no',
  'confront',
  'conflict',
  'disagree',
  'tension',
  'escalat',
  'performance issue',
  'underperform',
  'missed deadline',
  'difficult',
])

/** A stakeholder's thanks or praise for something delivered to them. */
const THANKS = stems([
  'thank',
  'thanked',
  'praise',
  'kudos',
  'shout-out',
  'shoutout',
  'shout out',
  'grateful',
  'appreciat',
  'recognised',
  'recognized',
  'compliment',
  'happy with',
  'delighted',
  'pleased with',
  'well done',
  'great job',
])

function hits(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0
}

/** The kind the words point to most; a delivered result when they point nowhere. */
export function guessKind(text: string): EntryKind {
  const conversation = hits(CONVERSATION, text)
  const thanks = hits(THANKS, text)
  if (conversation === 0 && thanks === 0) return 'leadership-moment'
  return thanks >= conversation ? 'stakeholder-win' : 'difficult-conversation'
}

/** Coordinating and reporting, the manager's side of the leader-or-manager ratio. */
const MANAGING = stems([
  'coordinated',
  'coordinating',
  'scheduled',
  'organised the meeting',
  'organized the meeting',
  'reported',
  'status report',
  'tracked',
  'took notes',
  'minuted',
  'sent the update',
])

const LEADING = stems([
  'decided',
  'proposed',
  'convinced',
  'coached',
  'mentored',
  'root cause',
  'set the direction',
  'led ',
  'owned',
  'fixed',
  'initiated',
  'introduced',
])

/** Leader unless the words are mostly about coordinating or reporting. */
export function guessMode(text: string): Mode {
  return hits(MANAGING, text) > hits(LEADING, text) ? 'manager' : 'leader'
}
