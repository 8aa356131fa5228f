// The review as data: what the Markdown, HTML and DOCX renderers print and what the JSON
// export writes. Field names are relied on by that export; add fields, never rename.
import type { CertificationSetting, CompetencyId, EntryKind, Outcome, RoleId } from '../entry'
import type { Band } from '../readiness'
import type { ReviewSectionId } from './outline'

export interface ReviewOptions {
  /**
   * The certifications the user tracks (Settings): the growth section then says each
   * cycle's progress and whether it is on track. Absent or empty: claims only.
   */
  certifications?: readonly CertificationSetting[]
  /** First day, inclusive, YYYY-MM-DD. */
  from: string
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string
  /**
   * The target role. Null when the user has chosen none: the review is weighed as for
   * DEFAULT_ROLE but names no role, since the user is not aiming for it. Absent: DEFAULT_ROLE.
   */
  role?: RoleId | null
  weights?: Partial<Record<CompetencyId, number>>
  /** Replace every name with role and level. Default true: exports leave the machine. */
  shareSafe?: boolean
  /** Adds the full log; also implied by listing 'log' in `sections`. */
  includeLog?: boolean
  /** Which sections to include, printed in the standard order. Default: all but the log. */
  sections?: readonly ReviewSectionId[]
  /** Overrides the period's name, e.g. "FY2027 Q1" (default: "2026 Q4" or the date range). */
  label?: string
  /** The period to compare with (default: the previous quarter, or the same length before). */
  previous?: { from: string; to: string; label?: string }
  /**
   * Today, when the period is not over yet: readiness and bullets are then judged as of
   * this day instead of a day in the future. Leave out for a finished period.
   */
  asOf?: string
  /**
   * The user's own bullets (the Bullets view's edits): an edited text replaces the
   * generated one wherever that entry is a highlight, a hidden bullet never appears, and
   * pinned ones lead the highlights in the order given, then the rest by rank.
   */
  bulletEdits?: readonly ReviewBulletEdit[]
  /** The user's own words for the period; empty text counts as absent. */
  narrative?: ReviewNarrative
  /** Print readiness figures (scores, bands, weights). Default false: the role's order only. */
  showScores?: boolean
}

/** One bullet as the user left it in the Bullets view. */
export interface ReviewBulletEdit {
  entryId: string
  /** The user's text in place of the generated bullet. */
  text?: string
  pinned: boolean
  hidden: boolean
}

/** What the user writes for a period, printed as they wrote it. */
export interface ReviewNarrative {
  /** Opens the document, before the counts. */
  summary?: string
  /** "What I need": support, decisions, resources. */
  asks?: string
  /** "Goals for next quarter", one per item; without them the top gaps become plans. */
  goals?: readonly string[]
}

export interface ReviewPeriod {
  from: string
  to: string
  label: string
}

export type KindCounts = Record<EntryKind, number> & { total: number }

export interface ReadinessPoint {
  asOf: string
  /** Rounded as displayed, so start, end and change always agree. */
  score: number
  band: Band
  bandLabel: string
}

export interface ReviewSummary {
  counts: KindCounts
  previousCounts: KindCounts
  /** Only when the user asks for figures (showScores). */
  readiness?: { start: ReadinessPoint; end: ReadinessPoint; change: number }
  /** Leadership moments logged as leader versus as manager. */
  modes: { leader: number; manager: number }
  /** Entries with a measurable result. */
  measured: number
}

export interface ReviewHighlight {
  entryId: string
  /** The user's edited text when there is one, else the generated bullet. */
  text: string
  occurredOn: string
  competencies: CompetencyId[]
  edited: boolean
  pinned: boolean
}

export interface MomentItem {
  entryId: string
  title: string
  occurredOn: string
  situation: string
  /** What I did. */
  action: string
  /** What changed. */
  result: string
  /** The measurable result, when there is one. */
  metric?: string
  reflection: string
}

export interface EvidenceItem {
  entryId: string
  kind: EntryKind
  title: string
  occurredOn: string
}

export interface CompetencyEvidence {
  id: CompetencyId
  name: string
  /** Weight in the target role, in whole percent; only with showScores. */
  weight?: number
  /** Scores at the start and end of the period; only with showScores. */
  scoreStart?: number
  scoreEnd?: number
  entries: EvidenceItem[]
}

export interface WinItem {
  entryId: string
  title: string
  occurredOn: string
  /** Who the win was for, as first mentioned ("the COO", "a senior director of IT"). */
  stakeholder: string
  need: string
  delivered: string
  feedback: string
  /** Who said the feedback, for the line under the quote ("the COO"). */
  quotedBy: string
  result?: string
}

export interface ConversationItem {
  entryId: string
  title: string
  occurredOn: string
  counterpart: string
  topic: string
  preparation: string
  whatISaid: string
  outcome: Outcome
  outcomeLabel: string
  lesson: string
  followUpOn?: string
  followUpDone: boolean
  /** The day the follow-up was done (its UTC date). */
  followUpDoneOn?: string
}

export interface GrowthItem {
  entryId: string
  kind: EntryKind
  title: string
  occurredOn: string
  detail: string
  result?: string
  /** The PDUs the entry claims for a PMI certification. */
  pdu?: { hours: number; category: string }
}

/** PDUs claimed in the period, and each tracked certification's cycle as of its end. */
export interface GrowthPdus {
  hours: number
  certifications: {
    certification: string
    counted: number
    required: number
    remaining: number
    cycleEnd: string
    /** "On track", "Behind pace", ... (see shared/pdu). */
    status: string
    onTrack: boolean
  }[]
}

export interface ReflectionItem {
  entryId: string
  title: string
  occurredOn: string
  text: string
}

/** A readiness gap as the user's plan for next quarter. */
export interface GapItem {
  id: CompetencyId
  name: string
  /** The goal in the user's words: "Build evidence of strategic thinking". */
  goal: string
  /** Weight in whole percent and score at the period's end; only with showScores. */
  weight?: number
  score?: number
  /** The suggested steps as the user's first-person plans ("I will …"). */
  suggestions: string[]
}

export interface LogItem {
  entryId: string
  kind: EntryKind
  kindLabel: string
  title: string
  occurredOn: string
  competencies: string[]
  people: string[]
  result?: string
  tags: string[]
  /** The kind-specific fields with their labels, empty ones left out. */
  details: { label: string; text: string }[]
  notes: string
}

/** The user's own words as printed (names replaced when share-safe), for included sections. */
export interface PrintedNarrative {
  summary?: string
  asks?: string
  goals?: string[]
}

export interface Review {
  format: 'leadlog-review'
  version: 1
  title: string
  period: ReviewPeriod
  previousPeriod: ReviewPeriod
  /** `isDefault` when the user chose no role: weighed as this one, never printed as theirs. */
  role: { id: RoleId; name: string; isDefault?: true }
  shareSafe: boolean
  /** Whether readiness figures are printed; without them no score, band or weight appears. */
  showScores: boolean
  /** With showScores: the days the start and end scores are taken on. */
  scoredOn?: { start: string; end: string }
  /** Included sections in print order; only these have data below. */
  sections: ReviewSectionId[]
  /** The user's opening summary, asks and goals, each present only when written. */
  narrative?: PrintedNarrative
  summary?: ReviewSummary
  highlights?: ReviewHighlight[]
  moments?: MomentItem[]
  wins?: WinItem[]
  conversations?: ConversationItem[]
  competencies?: CompetencyEvidence[]
  growth?: { entries: GrowthItem[]; reflections: ReflectionItem[]; pdus?: GrowthPdus }
  /** Next quarter's plans from the readiness gaps, when the user wrote no goals. */
  gaps?: GapItem[]
  log?: LogItem[]
}
