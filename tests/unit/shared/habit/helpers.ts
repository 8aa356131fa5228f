// Small entries for the habit's tests: only what the reminder, the prompt and the strip read.
import type { CompetencyId, Entry } from '../../../../shared/entry'

let next = 0

export interface EntryOptions {
  competencies?: CompetencyId[]
  /** Default: noon UTC on the day it happened. */
  createdAt?: string
  deletedAt?: string
  sample?: boolean
}

/** A valid leadership moment dated `occurredOn` (or another kind when asked). */
export function entryOn(occurredOn: string, options: EntryOptions = {}): Entry {
  const createdAt = options.createdAt ?? `${occurredOn}T12:00:00.000Z`
  const base = {
    id: `e${++next}`,
    title: 'Something worth keeping',
    occurredOn,
    notes: '',
    competencies: options.competencies ?? ['results'],
    people: [],
    tags: [],
    createdAt,
    updatedAt: createdAt,
    ...(options.deletedAt ? { deletedAt: options.deletedAt } : {}),
    ...(options.sample ? { sample: true } : {}),
  }
  return {
    ...base,
    kind: 'leadership-moment',
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    mode: 'leader',
  }
}
