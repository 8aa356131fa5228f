// The checks and hints shown on every bullet, generated or edited by the user.
import { kindText, peopleOf, type CompetencyId, type Entry } from '../entry'
import type { NameFinder } from './names'
import {
  BULLET_MAX_LENGTH,
  hasFirstPerson,
  numbersIn,
  startsWithStrongVerb,
  startsWithWeakOpener,
} from './text'
import { VERB_BANK } from './verbs'

export interface BulletChecks {
  strongVerb: boolean
  hasNumber: boolean
  lengthOk: boolean
  noFirstPerson: boolean
  noNames: boolean
}

export const NUMBER_HINT = 'Add a number: how much time, money or how many people?'

/** The fields a generated bullet is written from (never the notes). */
export function sourceFields(entry: Entry): string[] {
  return [entry.title, ...kindText(entry, 'bullets')]
}

/**
 * Numbers the entry contains: its metric and any number in the given fields (by
 * default every structured text field). Notes are left out on purpose: bullets never
 * draw on them.
 */
export function entryNumbers(
  entry: Entry,
  fields: readonly string[] = [entry.title, ...kindText(entry)],
): Set<number> {
  const found = new Set<number>()
  const texts: string[] = [...fields]
  for (const person of peopleOf(entry)) texts.push(person.name, person.role ?? '')
  if (entry.metric) {
    found.add(Math.abs(entry.metric.value))
    texts.push(entry.metric.unit, entry.metric.measure)
  }
  for (const text of texts) for (const n of numbersIn(text)) found.add(n)
  return found
}

/** Numbers in a bullet that its entry does not contain (an edit may have added one). */
export function unsupportedNumbers(text: string, known: Set<number>): number[] {
  return numbersIn(text).filter((n) => !known.has(n))
}

export function checkText(
  text: string,
  names: NameFinder | null,
  atoms?: readonly string[],
): BulletChecks {
  return {
    strongVerb: startsWithStrongVerb(text) && !startsWithWeakOpener(text),
    hasNumber: numbersIn(text).length > 0,
    lengthOk: text.length <= BULLET_MAX_LENGTH,
    noFirstPerson: !hasFirstPerson(text),
    noNames: names === null || !(atoms ? names.testAtoms(text, atoms) : names.test(text)),
  }
}

/** What would make the bullet stronger, in plain words, one hint per failed check. */
export function hintsFor(
  checks: BulletChecks,
  competency: CompetencyId,
  options: { hasResult: boolean; unsupported?: readonly number[] },
): string[] {
  const hints: string[] = []
  if (!checks.strongVerb) {
    const verbs = VERB_BANK[competency].slice(0, 3).join(', ')
    hints.push(`Start with a strong past-tense verb, such as ${verbs}.`)
  }
  if (!checks.hasNumber) hints.push(NUMBER_HINT)
  if (!options.hasResult)
    hints.push('Say what changed because of it: the result, not only the work.')
  if (!checks.lengthOk)
    hints.push(`Shorten it to about ${BULLET_MAX_LENGTH} characters; keep the verb and the result.`)
  if (!checks.noFirstPerson)
    hints.push('Leave out I, me, my, we and our; a bullet starts with the verb.')
  if (!checks.noNames) hints.push('Replace names with the role and level before sharing.')
  for (const n of options.unsupported ?? [])
    hints.push(`The number ${n} is not in the entry; check it before you use it.`)
  return hints
}
