// The People panel's state: everyone the journal names, and saving how one of them is
// described, with a sentence saying what happened.
import { useState } from 'react'
import { formatCount } from '../../../../shared/format'
import type { JournalPerson } from '../../../../shared/entry'
import { saveDescribeAs, usePeopleDirectory } from '../../data/people'
import { describeWriteError } from '../../data/writeErrors'

export interface PeopleStatus {
  error: boolean
  text: string
}

export interface PeopleSettingsState {
  /** Undefined while the journal loads. */
  people: JournalPerson[] | undefined
  status: PeopleStatus | null
  /** Saves the wording for everyone with this person's name; true when it was saved. */
  save(person: JournalPerson, describeAs: string): Promise<boolean>
}

export function usePeopleSettings(): PeopleSettingsState {
  const people = usePeopleDirectory()
  const [status, setStatus] = useState<PeopleStatus | null>(null)

  const save = async (person: JournalPerson, describeAs: string) => {
    try {
      const count = await saveDescribeAs(person.name, describeAs)
      const wording = describeAs.trim()
      const where = formatCount(count, 'entry', 'entries')
      setStatus({
        error: false,
        text: wording
          ? `${person.name} is now described as “${wording}” (${where} updated).`
          : `${person.name} is described from role and level again: “${person.fallback}” (${where} updated).`,
      })
      return true
    } catch (error) {
      setStatus({ error: true, text: describeWriteError(error) })
      return false
    }
  }

  return { people, status, save }
}
