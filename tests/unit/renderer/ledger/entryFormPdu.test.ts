// The editor's PDU claim: blank means no claim, a claim is checked field by field, and
// editing an entry keeps its claim (before, an edit would have dropped it).
import { describe, expect, it } from 'vitest'
import {
  BLANK_PDU,
  checkForm,
  emptyForm,
  formFromEntry,
  formToEntry,
  type EditorForm,
} from '../../../../renderer/src/features/journal/entryForm'
import { pduEntry } from '../../../fixtures/pduJournal'

const TODAY = '2026-11-15'
const base = (): EditorForm => ({
  ...emptyForm('leadership-moment', '2026-11-01'),
  title: 'Course',
  competencies: ['growth'],
})

describe('PDU fields in the entry form', () => {
  it('saves no claim when the fields are blank', () => {
    const result = formToEntry({ ...base(), pdu: BLANK_PDU }, TODAY, () => 'id1')
    expect(result.ok && result.entry.pdu).toBeUndefined()
  })

  it('checks hours and category', () => {
    const check = (hours: string, category: '' | 'power-skills') =>
      checkForm({ ...base(), pdu: { ...BLANK_PDU, hours, category } }, TODAY)
    expect(check('1.3', 'power-skills').pduHours).toBe(
      'PDUs go in quarter hours: 1, 1.25, 1.5 or 1.75.',
    )
    expect(check('0', 'power-skills').pduHours).toBe(
      'Enter the hours as a number above 0, such as 1.5.',
    )
    expect(check('', 'power-skills').pduHours).toBe(
      'Enter the hours claimed, or clear the PDU fields.',
    )
    expect(check('2', '').pduCategory).toBe(
      'Pick the Talent Triangle area or Giving Back category.',
    )
    expect(check('1001', 'power-skills').pduHours).toBe('Enter at most 1,000 hours.')
    expect(check('2.75', 'power-skills')).toEqual({})
  })

  it('builds the claim, trimmed, and keeps it through an edit', () => {
    const form: EditorForm = {
      ...base(),
      pdu: {
        hours: ' 2.75 ',
        category: 'power-skills',
        provider: ' PMI ',
        activity: '',
        reported: true,
      },
    }
    const result = formToEntry(form, TODAY, () => 'id1')
    expect(result.ok && result.entry.pdu).toEqual({
      hours: 2.75,
      category: 'power-skills',
      provider: 'PMI',
      reported: true,
    })

    const entry = pduEntry('e1', '2026-10-01', 'giving-back-volunteering', 6, {
      activity: 'Mentoring',
    })
    const again = formToEntry(formFromEntry(entry), TODAY, () => 'unused')
    expect(again.ok && again.entry.pdu).toEqual(entry.pdu)
  })
})
