// Builds the quarterly review (see types.ts): the heading, then each wanted section from
// its own builder in sections/. Deterministic: no clock, stable order, so the same
// entries and options always give the same review.
import { DEFAULT_ROLE, ROLE_BY_ID, type Entry } from '../entry'
import { endOfMonth, periodFromRange, previousPeriod } from '../time'
import { reviewContext, type ReviewContext } from './context'
import { DEFAULT_SECTIONS, REVIEW_SECTIONS, type ReviewSectionId } from './outline'
import { asksSection } from './sections/asks'
import { competenciesSection } from './sections/competencies'
import { conversationsSection } from './sections/conversations'
import { gapsSection } from './sections/gaps'
import { growthSection } from './sections/growth'
import { highlightsSection } from './sections/highlights'
import { logSection } from './sections/log'
import { momentsSection } from './sections/moments'
import { summarySection } from './sections/summary'
import { winsSection } from './sections/wins'
import type { Review, ReviewOptions } from './types'

/** What a section adds to the review: its own field, and any of the user's words it prints. */
type SectionData = Partial<Review>

const SECTION_BUILDERS: Record<
  ReviewSectionId,
  (context: ReviewContext, options: ReviewOptions) => SectionData
> = {
  summary: summarySection,
  highlights: (context) => ({ highlights: highlightsSection(context) }),
  moments: (context) => ({ moments: momentsSection(context) }),
  wins: (context) => ({ wins: winsSection(context) }),
  conversations: (context) => ({ conversations: conversationsSection(context) }),
  competencies: (context) => ({ competencies: competenciesSection(context) }),
  growth: (context, options) => ({ growth: growthSection(context, options.certifications) }),
  asks: asksSection,
  gaps: gapsSection,
  log: (context) => ({ log: logSection(context) }),
}

/** Builds the review for a period. Pure: the same entries and options give the same object. */
export function buildReview(entries: readonly Entry[], options: ReviewOptions): Review {
  const period = periodFromRange(options.from, options.to)
  const prior = options.previous ?? previousPeriod(period)
  const roleId = options.role ?? DEFAULT_ROLE
  const shareSafe = options.shareSafe ?? true
  const showScores = options.showScores ?? false
  const label = options.label ?? period.label
  const sections = wantedSections(options)

  const review: Review = {
    format: 'leadlog-review',
    version: 1,
    // Any three whole months is a quarter (also a fiscal one); other ranges are "Review".
    title: `${isQuarterShaped(period) ? 'Quarterly review' : 'Review'}: ${label}`,
    period: { from: period.from, to: period.to, label },
    previousPeriod: {
      from: prior.from,
      to: prior.to,
      label: prior.label ?? periodFromRange(prior.from, prior.to).label,
    },
    role: {
      id: roleId,
      name: ROLE_BY_ID[roleId].name,
      ...(options.role === null ? { isDefault: true as const } : {}),
    },
    shareSafe,
    showScores,
    sections,
  }
  const context = reviewContext(entries, period, prior, {
    role: roleId,
    weights: options.weights,
    shareSafe,
    showScores,
    sections,
    asOf: options.asOf,
    bulletEdits: options.bulletEdits,
    narrative: options.narrative,
  })
  if (showScores) review.scoredOn = { start: context.startAsOf, end: context.endAsOf }
  // In print order, so names are introduced where the reader first meets them and the
  // sections' keys come in that order in the JSON export too.
  for (const id of sections) addSection(review, SECTION_BUILDERS[id](context, options))
  // "What I need" prints only what the user wrote: without it there is no such section.
  if (!review.narrative?.asks) review.sections = sections.filter((id) => id !== 'asks')
  return review
}

function addSection(review: Review, data: SectionData): void {
  const { narrative, ...fields } = data
  if (narrative) review.narrative = { ...review.narrative, ...narrative }
  Object.assign(review, fields)
}

/** The sections asked for, in the standard order. */
function wantedSections(options: ReviewOptions): ReviewSectionId[] {
  const wanted = new Set<ReviewSectionId>(options.sections ?? DEFAULT_SECTIONS)
  if (options.includeLog) wanted.add('log')
  return REVIEW_SECTIONS.filter((id) => wanted.has(id))
}

function isQuarterShaped(period: { from: string; to: string }): boolean {
  return period.from.endsWith('-01') && period.to === endOfMonth(period.from, 2)
}
