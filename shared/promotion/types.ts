// The promotion case as data: what a promotion committee asks, answered from the journal
// in the user's own voice. Built once (build.ts), worded once as a document
// (document.ts), rendered to Markdown, HTML and DOCX by shared/document.
import type { CompetencyId, EntryKind, Level, RoleId } from '../entry'

export interface PromotionOptions {
  /** The day the case is made (YYYY-MM-DD): later entries are not evidence yet. */
  asOf: string
  /**
   * The target role (absent: the default role). Null when the user has chosen none: the
   * case is weighed as for the default role but names no role, since they are not aiming
   * for it.
   */
  role?: RoleId | null
  /** The user's own competency weights over the role's, as readiness uses them. */
  weights?: Partial<Record<CompetencyId, number>>
  /** The period, inclusive; by default the 12 months ending `asOf` (or ending `to`). */
  from?: string
  to?: string
  /** Describe people instead of naming them (default true). */
  shareSafe?: boolean
  /** The Bullets view's edits: the user's text, pins (lead their section) and hides. */
  bulletEdits?: readonly PromotionBulletEdit[]
  /** The user's own words; blank text counts as absent. */
  narrative?: PromotionNarrative
}

export interface PromotionBulletEdit {
  entryId: string
  text?: string
  pinned: boolean
  hidden: boolean
}

export interface PromotionNarrative {
  /** The case in the user's words, in place of the written summary. */
  summary?: string
  /** The user's plan, one step per item, in place of the plans written from the gaps. */
  plan?: readonly string[]
}

/** One line of a story section: the bullet (the user's own if edited) or the entry's title. */
export interface CaseItem {
  entryId: string
  occurredOn: string
  text: string
  pinned: boolean
}

/** A capped list: what is shown, and how many more fit here but were left out. */
export interface CaseList {
  items: CaseItem[]
  more: number
}

export const STORY_SECTIONS = ['impact', 'organisation', 'people', 'influence'] as const
export type StorySection = (typeof STORY_SECTIONS)[number]

/** An entry as cited by title: in "who can speak to it" and the evidence per competency. */
export interface CitedEntry {
  entryId: string
  occurredOn: string
  title: string
}

/** Someone who can speak to the work, with their own words. */
export interface QuotedVoice {
  /** "The COO" (share-safe), "Helen Brooks, the COO" (named). */
  who: string
  level: Level
  quote: string
  /** The entry the quote was given on. */
  on: CitedEntry
}

export interface CompetencyEvidence {
  id: CompetencyId
  name: string
  entries: CitedEntry[]
  /** Entries tagged with the competency in the period beyond those listed. */
  more: number
}

export interface CaseGap {
  id: CompetencyId
  name: string
  /** The first-person plan for it ("I will …"). */
  plan: string
}

export interface PromotionCounts {
  total: number
  byKind: Record<EntryKind, number>
  /** Entries with a measurable result. */
  measured: number
  /** Leadership moments logged as leader and as manager. */
  leader: number
  manager: number
}

export interface PromotionCase {
  title: string
  asOf: string
  /** `isDefault` when the user chose no role: weighed as this one, never printed as theirs. */
  role: { id: RoleId; name: string; isDefault?: true }
  period: { from: string; to: string }
  shareSafe: boolean
  counts: PromotionCounts
  /** The case in one paragraph; `own` when the user wrote it. */
  summary: { text: string; own: boolean }
  impact: CaseList
  organisation: CaseList
  people: CaseList
  influence: CaseList
  voices: {
    quoted: QuotedVoice[]
    /** Quoted people left out to keep to two pages. */
    moreQuoted: number
    /** Senior and executive people involved but not quoted, described or named. */
    others: string[]
    moreOthers: number
  }
  /** The role's competencies, most weighted first. */
  competencies: CompetencyEvidence[]
  /** The role's top gaps as of the end of the period. */
  gaps: CaseGap[]
  /** The plan as printed: the user's steps, or one plan per gap. */
  plan: { own: boolean; steps: string[]; more: number }
}
