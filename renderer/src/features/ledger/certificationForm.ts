// The certification form as text fields, and its checks: pure, so the rules are tested
// without React. A figure left blank uses the handbook table's.
import {
  CERTIFICATIONS,
  certificationSettingSchema,
  type Certification,
  type CertificationSetting,
} from '../../../../shared/entry'
import { isRealIsoDate } from '../../../../shared/time'
import { RULE_SETTINGS, type RuleOverrides, type RuleSetting } from '../../../../shared/pdu'

export interface CertificationForm {
  id?: string
  certification: Certification
  cycleStart: string
  figures: Record<RuleSetting, string>
}

export type CertificationErrors = Partial<
  Record<'certification' | 'cycleStart' | RuleSetting, string>
>

export function emptyCertificationForm(taken: readonly Certification[]): CertificationForm {
  return {
    certification: CERTIFICATIONS.find((c) => !taken.includes(c)) ?? 'PMP',
    cycleStart: '',
    figures: { areaMinimum: '', practitionerCap: '', carryOverCap: '' },
  }
}

export function formFromSetting(setting: CertificationSetting): CertificationForm {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value))
  return {
    id: setting.id,
    certification: setting.certification,
    cycleStart: setting.cycleStart,
    figures: {
      areaMinimum: text(setting.areaMinimum),
      practitionerCap: text(setting.practitionerCap),
      carryOverCap: text(setting.carryOverCap),
    },
  }
}

function figureProblem(text: string): string | null {
  if (!text.trim()) return null
  const value = Number(text.trim())
  if (!Number.isFinite(value)) return 'Enter a number, such as 8 or 2.5, or leave it blank.'
  if (value < 0 || value > 100) return 'Enter a number from 0 to 100.'
  if (!Number.isInteger(value * 4)) return 'PDUs go in quarter steps: 8, 8.25, 8.5 or 8.75.'
  return null
}

export type CertificationResult =
  { ok: true; setting: CertificationSetting } | { ok: false; errors: CertificationErrors }

/**
 * Checks the form and builds the setting. `others` are the certifications already held
 * (without the one being edited): each is tracked once.
 */
export function formToSetting(
  form: CertificationForm,
  others: readonly CertificationSetting[],
  today: string,
  newId: () => string,
): CertificationResult {
  const errors: CertificationErrors = {}
  if (others.some((o) => o.certification === form.certification)) {
    errors.certification = `You already track the ${form.certification}; edit that one instead.`
  }
  const start = form.cycleStart.trim()
  if (!start) errors.cycleStart = 'Enter the day your current cycle started.'
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !isRealIsoDate(start))
    errors.cycleStart = 'Enter a real date, for example 2025-03-14.'
  else if (start > today) errors.cycleStart = 'The cycle starts on a day that has not come yet.'
  else if (start < '1990-01-01') errors.cycleStart = 'Enter a date after 1990.'
  for (const name of RULE_SETTINGS) {
    const problem = figureProblem(form.figures[name])
    if (problem) errors[name] = problem
  }
  if (Object.keys(errors).length) return { ok: false, errors }

  const figures: RuleOverrides = {}
  for (const name of RULE_SETTINGS) {
    const text = form.figures[name].trim()
    if (text) figures[name] = Number(text)
  }
  const setting = certificationSettingSchema.parse({
    id: form.id ?? newId(),
    certification: form.certification,
    cycleStart: start,
    ...figures,
  })
  return { ok: true, setting }
}
