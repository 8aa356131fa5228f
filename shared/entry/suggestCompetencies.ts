// Suggests likely competencies for an entry from its kind and its words. A plain keyword
// map: predictable, explainable and fast enough to run on every keystroke.
import type { CompetencyId, EntryKind } from './entry'
import { escapeRegExp } from './regExp'

/** What each kind is most often evidence of, before any text is written. */
const KIND_DEFAULTS: Record<EntryKind, CompetencyId[]> = {
  'leadership-moment': ['results'],
  'difficult-conversation': ['conflict'],
  'stakeholder-win': ['stakeholders'],
}

/** Word stems that point to a competency; matched at the start of a word. */
const KEYWORDS: Record<CompetencyId, readonly string[]> = {
  strategy: ['strateg', 'vision', 'roadmap', 'priorit', 'long-term', 'direction', 'okr', 'goal'],
  stakeholders: [
    'stakeholder',
    'sponsor',
    'executive',
    'exec',
    'steering',
    'client',
    'customer',
    'vp',
    'cfo',
    'ceo',
    'cio',
    'director',
  ],
  conflict: [
    'conflict',
    'disagree',
    'pushback',
    'push back',
    'feedback',
    'escalat',
    'tension',
    'said no',
    'hard conversation',
  ],
  people: [
    'mentor',
    'coach',
    'delegat',
    'develop',
    'onboard',
    'grow',
    'career',
    'hire',
    'hiring',
    'one-on-one',
    '1:1',
  ],
  communication: [
    'present',
    'explain',
    'memo',
    'update',
    'status',
    'narrative',
    'persuad',
    'decision',
    'briefing',
    'slide',
  ],
  results: [
    'root cause',
    'fixed',
    'outcome',
    'delivered',
    'shipped',
    'reduced',
    'improved',
    'incident',
    'recurring',
    'owned',
  ],
  business: [
    'budget',
    'cost',
    'revenue',
    'forecast',
    'saving',
    'spend',
    'roi',
    'margin',
    'invoice',
    'financ',
    '$',
    '€',
  ],
  process: [
    'process',
    'standard',
    'template',
    'governance',
    'method',
    'playbook',
    'checklist',
    'framework',
    'policy',
    'adopt',
  ],
  influence: [
    'network',
    'thank',
    'recogni',
    'shout-out',
    'advocate',
    'relationship',
    'cross-team',
    'community',
    'lifted',
  ],
  growth: [
    'certif',
    'pmp',
    'pgmp',
    'itil',
    'course',
    'training',
    'learn',
    'book',
    'conference',
    'exam',
    'study',
  ],
}

const PATTERNS = Object.entries(KEYWORDS).map(([id, words]) => ({
  id: id as CompetencyId,
  // \b does not work before symbols such as "$", so a symbol stem matches anywhere.
  pattern: new RegExp(
    words.map((w) => (/^\w/.test(w) ? `\\b${escapeRegExp(w)}` : escapeRegExp(w))).join('|'),
    'gi',
  ),
}))

/**
 * Up to `limit` competencies, most likely first: keyword hits in the text, with the
 * kind's usual competency counting as one hit so it shows up even for empty text.
 */
export function suggestCompetencies(kind: EntryKind, text: string, limit = 3): CompetencyId[] {
  const scores = new Map<CompetencyId, number>()
  for (const id of KIND_DEFAULTS[kind]) scores.set(id, 1)
  for (const { id, pattern } of PATTERNS) {
    const hits = text.match(pattern)?.length ?? 0
    if (hits) scores.set(id, (scores.get(id) ?? 0) + hits)
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id)
}
