// Pure conversions between the editor's form and an Entry, and the inline validation
// rules. Kept free of React so the rules are tested on their own.
import {
  ALL_TEXT_FIELD_NAMES,
  KIND_TEXT_FIELDS,
  textFieldsFor,
  validateEntry,
  type AnyTextFieldName,
  type CompetencyId,
  type Entry,
  type EntryKind,
  type PduClaim,
  type Person,
  type TextFieldName,
} from '../../../../shared/entry'
import { isRealIsoDate } from '../../../../shared/time'
import type { EntryForm, PduRow, PersonRow } from '../../data/drafts'

export type FieldName =
  | 'title'
  | 'occurredOn'
  | 'competencies'
  | 'metricValue'
  | 'metricMeasure'
  | 'followUpOn'
  | 'pduHours'
  | 'pduCategory'
  | 'form'
export type FieldErrors = Partial<Record<FieldName, string>>

/** The editor's form; its PDU claim (`pdu`) is kept in drafts like every other field. */
export type EditorForm = EntryForm
export type { PduRow }

export const BLANK_PDU: PduRow = {
  hours: '',
  category: '',
  provider: '',
  activity: '',
  reported: false,
}

function pduRowOf(claim: PduClaim): PduRow {
  return {
    hours: String(claim.hours),
    category: claim.category,
    provider: claim.provider ?? '',
    activity: claim.activity ?? '',
    reported: claim.reported,
  }
}

const isBlankPdu = (row: PduRow | undefined): boolean =>
  !row || (!row.hours.trim() && !row.category && !row.provider.trim() && !row.activity.trim())

/** The PDU fields' own checks; a blank claim is no claim. */
function checkPdu(row: PduRow | undefined, errors: FieldErrors): void {
  if (!row || isBlankPdu(row)) return
  const text = row.hours.trim()
  const hours = Number(text)
  if (!text) errors.pduHours = 'Enter the hours claimed, or clear the PDU fields.'
  else if (!Number.isFinite(hours) || hours <= 0)
    errors.pduHours = 'Enter the hours as a number above 0, such as 1.5.'
  else if (!Number.isInteger(hours * 4))
    errors.pduHours = 'PDUs go in quarter hours: 1, 1.25, 1.5 or 1.75.'
  else if (hours > 1000) errors.pduHours = 'Enter at most 1,000 hours.'
  if (!row.category) errors.pduCategory = 'Pick the Talent Triangle area or Giving Back category.'
}

function pduClaimOf(row: PduRow | undefined): { pdu?: PduClaim } {
  if (!row || isBlankPdu(row) || !row.category) return {}
  const provider = row.provider.trim()
  const activity = row.activity.trim()
  return {
    pdu: {
      hours: Number(row.hours.trim()),
      category: row.category,
      ...(provider ? { provider } : {}),
      ...(activity ? { activity } : {}),
      reported: row.reported,
    },
  }
}

const blankPerson = (level: PersonRow['level']): PersonRow => ({ name: '', role: '', level })

const blankText = Object.fromEntries(ALL_TEXT_FIELD_NAMES.map((name) => [name, ''])) as Record<
  AnyTextFieldName,
  string
>

/**
 * The kind's guided text as it stands in an entry or the form, by the field table. A
 * field the source lacks (an entry saved before the field existed) comes out empty.
 */
function textOf<K extends EntryKind>(
  kind: K,
  source: Partial<Record<TextFieldName<K>, string>>,
): Record<TextFieldName<K>, string> {
  const text = {} as Record<TextFieldName<K>, string>
  for (const field of KIND_TEXT_FIELDS[kind]) {
    const name = field.name as TextFieldName<K>
    text[name] = source[name] ?? ''
  }
  return text
}

export function emptyForm(kind: EntryKind, today: string, competency?: CompetencyId): EntryForm {
  return {
    kind,
    title: '',
    occurredOn: today,
    notes: '',
    competencies: competency ? [competency] : [],
    people: [],
    metricValue: '',
    metricUnit: '',
    metricMeasure: '',
    tags: '',
    ...blankText,
    mode: 'leader',
    counterpart: blankPerson('peer'),
    outcome: 'in-progress',
    followUpOn: '',
    resumeWorthy: false,
    stakeholder: blankPerson('senior'),
  }
}

const toRow = (p: Person): PersonRow => ({
  name: p.name,
  role: p.role ?? '',
  level: p.level,
  describeAs: p.describeAs ?? '',
})

export function formFromEntry(entry: Entry): EditorForm {
  const form: EditorForm = {
    ...emptyForm(entry.kind, entry.occurredOn),
    id: entry.id,
    createdAt: entry.createdAt,
    sample: entry.sample,
    title: entry.title,
    notes: entry.notes,
    competencies: [...entry.competencies],
    people: entry.people.map(toRow),
    metricValue: entry.metric ? String(entry.metric.value) : '',
    metricUnit: entry.metric?.unit ?? '',
    metricMeasure: entry.metric?.measure ?? '',
    tags: entry.tags.join(', '),
    ...(entry.pdu ? { pdu: pduRowOf(entry.pdu) } : {}),
  }
  switch (entry.kind) {
    case 'leadership-moment':
      return { ...form, ...textOf(entry.kind, entry), mode: entry.mode }
    case 'difficult-conversation':
      return {
        ...form,
        ...textOf(entry.kind, entry),
        ...pick(entry, ['outcome', 'resumeWorthy']),
        counterpart: toRow(entry.counterpart),
        followUpOn: entry.followUpOn ?? '',
        followUpDoneAt: entry.followUpDoneAt,
        savedFollowUpOn: entry.followUpOn,
      }
    case 'stakeholder-win':
      return {
        ...form,
        ...textOf(entry.kind, entry),
        stakeholder: toRow(entry.stakeholder),
      }
  }
}

function pick<T, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>
}

function toPerson(row: PersonRow): Person {
  const role = row.role.trim()
  const describeAs = row.describeAs?.trim()
  return {
    name: row.name.trim(),
    ...(role ? { role } : {}),
    level: row.level,
    ...(describeAs ? { describeAs } : {}),
  }
}

/** A row the user typed something into: a name, a role or how to describe them. */
function isFilled(row: PersonRow): boolean {
  return Boolean(row.name.trim() || row.role.trim() || row.describeAs?.trim())
}

export function splitTags(text: string): string[] {
  const tags: string[] = []
  const seen = new Set<string>()
  for (const raw of text.split(',')) {
    const tag = raw.trim()
    if (!tag || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    tags.push(tag)
  }
  return tags
}

/** The date rules shared by "Date" and "Follow-up date"; null when fine. */
export function dateProblem(value: string, today: string, allowFuture: boolean): string | null {
  if (!value) return 'Enter the date it happened.'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealIsoDate(value)) {
    return 'Enter a real date, for example 2026-03-14.'
  }
  if (!allowFuture && value > today) {
    return 'This date is in the future; log things that have already happened.'
  }
  if (value < '1970-01-01') return 'Enter a date after 1970.'
  return null
}

/** Inline checks the user can fix field by field; empty when the form is fine. */
export function checkForm(form: EditorForm, today: string): FieldErrors {
  const errors: FieldErrors = {}
  if (!form.title.trim()) errors.title = 'Give the entry a title.'
  else if (form.title.trim().length > 300) errors.title = 'Keep the title under 300 characters.'
  const date = dateProblem(form.occurredOn, today, false)
  if (date) errors.occurredOn = date
  if (form.competencies.length === 0) {
    errors.competencies = 'Pick at least one competency this is evidence of.'
  }
  const hasMetric = [form.metricValue, form.metricUnit, form.metricMeasure].some((v) => v.trim())
  if (hasMetric) {
    const value = form.metricValue.trim()
    if (!value) errors.metricValue = 'Enter the number, or clear the result fields.'
    else if (!Number.isFinite(Number(value)))
      errors.metricValue = 'Enter a number, such as 18 or 2.5.'
    if (!form.metricMeasure.trim()) errors.metricMeasure = 'Say what the number measures.'
  }
  if (form.kind === 'difficult-conversation' && form.followUpOn) {
    const followUp = dateProblem(form.followUpOn, today, true)
    if (followUp) errors.followUpOn = followUp.replace('the date it happened', 'a follow-up date')
  }
  checkPdu(form.pdu, errors)
  return errors
}

/** What saveEntry receives: the entry without the timestamps it stamps itself. */
export type EntryInput = Omit<Entry, 'createdAt' | 'updatedAt'> & { createdAt?: string }

export type FormResult = { ok: true; entry: EntryInput } | { ok: false; errors: FieldErrors }

const FIELD_OF_PATH: Record<string, FieldName> = {
  title: 'title',
  occurredOn: 'occurredOn',
  competencies: 'competencies',
  'metric.value': 'metricValue',
  'metric.measure': 'metricMeasure',
  followUpOn: 'followUpOn',
  'pdu.hours': 'pduHours',
  'pdu.category': 'pduCategory',
}

/** Builds the entry for the chosen kind, then runs the data contract's own check. */
export function formToEntry(form: EditorForm, today: string, newId: () => string): FormResult {
  const errors = checkForm(form, today)
  if (Object.keys(errors).length) return { ok: false, errors }
  const value = form.metricValue.trim()
  const base = {
    id: form.id ?? newId(),
    title: form.title.trim(),
    occurredOn: form.occurredOn,
    notes: form.notes,
    competencies: form.competencies as CompetencyId[],
    people: form.people.filter(isFilled).map(toPerson),
    ...(value
      ? {
          metric: {
            value: Number(value),
            unit: form.metricUnit.trim(),
            measure: form.metricMeasure.trim(),
          },
        }
      : {}),
    tags: splitTags(form.tags),
    ...(form.createdAt ? { createdAt: form.createdAt } : {}),
    ...(form.sample ? { sample: true } : {}),
    ...pduClaimOf(form.pdu),
  }
  const entry = buildKind(form, base)
  const stamp = new Date(0).toISOString()
  const check = validateEntry({ ...entry, createdAt: stamp, updatedAt: stamp }, today)
  if (!check.ok) {
    const found: FieldErrors = {}
    for (const problem of check.problems) {
      const field = FIELD_OF_PATH[problem.path] ?? 'form'
      found[field] ??= `${problem.path} ${problem.message}.`
    }
    return { ok: false, errors: found }
  }
  return { ok: true, entry }
}

function buildKind(form: EntryForm, base: Omit<EntryInput, 'kind'>): EntryInput {
  switch (form.kind) {
    case 'leadership-moment':
      return {
        ...base,
        kind: form.kind,
        ...textOf(form.kind, form),
        mode: form.mode,
      } as EntryInput
    case 'difficult-conversation':
      return {
        ...base,
        kind: form.kind,
        ...textOf(form.kind, form),
        ...pick(form, ['outcome', 'resumeWorthy']),
        counterpart: toPerson(form.counterpart),
        ...(form.followUpOn ? { followUpOn: form.followUpOn } : {}),
        // A changed follow-up date is a new follow-up: it should surface again.
        ...(form.followUpDoneAt && form.followUpOn === form.savedFollowUpOn
          ? { followUpDoneAt: form.followUpDoneAt }
          : {}),
      } as EntryInput
    case 'stakeholder-win':
      return {
        ...base,
        kind: form.kind,
        ...textOf(form.kind, form),
        stakeholder: toPerson(form.stakeholder),
      } as EntryInput
  }
}

/** All the text of a form, for competency suggestions. */
export function formText(form: EntryForm): string {
  const kindText = textFieldsFor(form.kind).map((field) => form[field.name as AnyTextFieldName])
  // Not a text field, but who the win was for ("CFO") hints at the competency too.
  const role = form.kind === 'stakeholder-win' ? [form.stakeholder.role] : []
  return [form.title, form.notes, form.tags, form.metricMeasure, ...kindText, ...role].join(' ')
}
