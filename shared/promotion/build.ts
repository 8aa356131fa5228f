// buildPromotionCase: the case as data, from the journal and the user's own words. Pure
// and deterministic: the same entries and options always give the same case.
import {
  createRedactor,
  DEFAULT_ROLE,
  ENTRY_KINDS,
  keepNames,
  LEVEL_RANK,
  resolveWeights,
  ROLE_BY_ID,
  type Entry,
  type EntryKind,
  type Outcome,
} from '../entry'
import { generateBullets, type Bullet } from '../bullets'
import { competencyEvidence } from './competencies'
import { entriesIn, placeEntries, strongestFirst } from './evidence'
import { casePeriod, twelveMonthsEnding } from './period'
import { gapsOf } from './plan'
import { writtenSummary } from './summary'
import { othersWho, quoteText, witnessesOf, witnessInProse, witnessLabel } from './voices'
import { ownText } from './words'
import {
  STORY_SECTIONS,
  type CaseList,
  type CitedEntry,
  type PromotionCase,
  type PromotionCounts,
  type PromotionOptions,
  type StorySection,
} from './types'

/** Lines per story section: with the rest, the case stays within two printed A4 pages. */
export const STORY_CAPS: Readonly<Record<StorySection, number>> = {
  impact: 5,
  organisation: 4,
  people: 3,
  influence: 3,
}
/** Quoted stakeholders. */
export const QUOTED_CAP = 4
/** Steps of the user's own plan (the plan from gaps has one per gap). */
export const PLAN_CAP = 6

export function buildPromotionCase(
  entries: readonly Entry[],
  options: PromotionOptions,
): PromotionCase {
  const { asOf } = options
  const period = casePeriod(options)
  const roleId = options.role ?? DEFAULT_ROLE
  const isDefault = options.role === null
  const role = {
    id: roleId,
    name: ROLE_BY_ID[roleId].name,
    ...(isDefault ? { isDefault: true as const } : {}),
  }
  const shareSafe = options.shareSafe ?? true
  const weights = resolveWeights(roleId, options.weights)
  const evidence = entriesIn(entries, period, asOf)
  const bullets = generateBullets(entries, {
    asOf,
    role: roleId,
    weights: options.weights,
    from: period.from,
    to: period.to,
    shareSafe,
  })
  const ordered = strongestFirst(evidence, bullets, asOf)
  const edits = new Map((options.bulletEdits ?? []).map((e) => [e.entryId, e]))
  const pinOrder = (options.bulletEdits ?? []).filter((e) => e.pinned).map((e) => e.entryId)
  const placement = placeEntries(ordered, edits, pinOrder, STORY_CAPS)
  const witnesses = witnessesOf(ordered)
  const quoted = witnesses.filter((w) => w.quoted).slice(0, QUOTED_CAP)

  // Names found in every entry (the trash and other periods too), so someone named in
  // one entry is hidden in all; the smallest id decides a shared name. One redactor for
  // the whole document, called in the order the case is printed, so a person is
  // introduced at their first mention and shortened after. The redactor speaks in the
  // user's own voice by default ("on my team"), as the case does.
  const redactor = shareSafe ? createRedactor(entries, { firstBy: 'id' }) : keepNames
  const redact = (text: string) => redactor.text(text)
  const counts = countsOf(evidence)

  const ownSummary = ownText(options.narrative?.summary)
  const summary = ownSummary
    ? { text: redact(ownSummary), own: true }
    : {
        own: false,
        text: writtenSummary({
          roleName: isDefault ? null : role.name,
          period,
          yearToDate: twelveMonthsEnding(period.to).from === period.from,
          counts,
          results: [...new Set([...placement.entries.impact, ...ordered])].filter(
            (e) => e.metric && !edits.get(e.id)?.hidden,
          ),
          quotedSenior: quoted
            .filter((w) => LEVEL_RANK[w.level] >= LEVEL_RANK.senior)
            .map((w) => witnessInProse(w, shareSafe)),
          redact,
        }),
      }

  const bulletText = new Map(bullets.map((b: Bullet) => [b.entryId, b.text]))
  const story = {} as Record<StorySection, CaseList>
  for (const section of STORY_SECTIONS) {
    story[section] = {
      items: placement.entries[section].map((entry) => {
        const edit = edits.get(entry.id)
        const own = ownText(edit?.text)
        return {
          entryId: entry.id,
          occurredOn: entry.occurredOn,
          text: own ? redact(own) : (bulletText.get(entry.id) ?? toldByTitle(entry, redact)),
          pinned: edit?.pinned ?? false,
        }
      }),
      more: placement.more[section],
    }
  }

  const cite = (entry: Entry): CitedEntry => ({
    entryId: entry.id,
    occurredOn: entry.occurredOn,
    title: redact(entry.title),
  })
  const voices = {
    quoted: quoted.map((w) => ({
      who: witnessLabel(w, shareSafe),
      level: w.level,
      quote: redact(quoteText(w.quoted?.feedback ?? '')),
      on: cite(w.quoted as Entry),
    })),
    moreQuoted: witnesses.filter((w) => w.quoted).length - quoted.length,
    ...othersWho(witnesses, shareSafe),
  }

  const competencies = competencyEvidence(ordered, weights, cite)
  const gaps = gapsOf(entries, {
    asOf: period.to < asOf ? period.to : asOf,
    role: roleId,
    weights: options.weights,
  })
  const ownPlan = (options.narrative?.plan ?? []).flatMap((step) => ownText(step) ?? [])
  const plan =
    ownPlan.length > 0
      ? {
          own: true,
          steps: ownPlan.slice(0, PLAN_CAP).map(redact),
          more: Math.max(0, ownPlan.length - PLAN_CAP),
        }
      : { own: false, steps: gaps.map((g) => g.plan), more: 0 }

  return {
    title: isDefault ? 'Promotion case' : `Promotion case: ${role.name}`,
    asOf,
    role,
    period,
    shareSafe,
    counts,
    summary,
    ...story,
    voices,
    competencies,
    gaps,
    plan,
  }
}

function countsOf(evidence: readonly Entry[]): PromotionCounts {
  const byKind = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<EntryKind, number>
  const counts: PromotionCounts = { total: 0, byKind, measured: 0, leader: 0, manager: 0 }
  for (const entry of evidence) {
    counts.total++
    byKind[entry.kind]++
    if (entry.metric) counts.measured++
    if (entry.kind === 'leadership-moment') counts[entry.mode]++
  }
  return counts
}

const OUTCOME_WORDS = {
  resolved: 'resolved',
  'in-progress': 'still in progress',
  unresolved: 'not resolved yet',
} satisfies Record<Outcome, string>

/** An entry without a bullet (a conversation kept off the resume) told by its title. */
function toldByTitle(entry: Entry, redact: (text: string) => string): string {
  const title = redact(entry.title).replace(/[.;:\s]+$/, '')
  return entry.kind === 'difficult-conversation'
    ? `${title}; ${OUTCOME_WORDS[entry.outcome]}`
    : title
}
