// The certification form's checks: a place and a reason for each problem, quarter-step
// figures, one entry per certification, and blank figures left to the handbook table.
import { describe, expect, it } from 'vitest'
import {
  emptyCertificationForm,
  formFromSetting,
  formToSetting,
} from '../../../../renderer/src/features/ledger/certificationForm'

const TODAY = '2026-11-15'
const newId = () => 'new-id'

describe('certification form', () => {
  it('offers a certification not yet held', () => {
    expect(emptyCertificationForm([]).certification).toBe('PMP')
    expect(emptyCertificationForm(['PMP']).certification).toBe('PgMP')
  })

  it('builds a setting, keeping only the figures typed', () => {
    const form = {
      ...emptyCertificationForm([]),
      certification: 'PMI-ACP' as const,
      cycleStart: '2025-03-14',
    }
    form.figures = { areaMinimum: ' 4 ', practitionerCap: '', carryOverCap: '10' }
    const result = formToSetting(form, [], TODAY, newId)
    expect(result).toEqual({
      ok: true,
      setting: {
        id: 'new-id',
        certification: 'PMI-ACP',
        cycleStart: '2025-03-14',
        areaMinimum: 4,
        carryOverCap: 10,
      },
    })
    if (result.ok)
      expect(formToSetting(formFromSetting(result.setting), [], TODAY, newId)).toEqual(result)
  })

  it('says what is wrong with each field', () => {
    const form = { ...emptyCertificationForm([]), cycleStart: '2025-02-30' }
    form.figures = { areaMinimum: 'eight', practitionerCap: '8.3', carryOverCap: '200' }
    const result = formToSetting(
      form,
      [{ id: 'x', certification: 'PMP', cycleStart: '2024-01-01' }],
      TODAY,
      newId,
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        certification: 'You already track the PMP; edit that one instead.',
        cycleStart: 'Enter a real date, for example 2025-03-14.',
        areaMinimum: 'Enter a number, such as 8 or 2.5, or leave it blank.',
        practitionerCap: 'PDUs go in quarter steps: 8, 8.25, 8.5 or 8.75.',
        carryOverCap: 'Enter a number from 0 to 100.',
      },
    })
    const future = formToSetting(
      { ...emptyCertificationForm([]), cycleStart: '2027-01-01' },
      [],
      TODAY,
      newId,
    )
    expect(!future.ok && future.errors.cycleStart).toBe(
      'The cycle starts on a day that has not come yet.',
    )
    const blank = formToSetting(emptyCertificationForm([]), [], TODAY, newId)
    expect(!blank.ok && blank.errors.cycleStart).toBe('Enter the day your current cycle started.')
  })
})
