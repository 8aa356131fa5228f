// The PMI continuing-certification rules, one row per certification: a rule change is a
// one-line edit here. Sources (checked 2026-12; see docs/DOMAIN.md, "PDU rules"):
// - PMI, Continuing Certification Requirements (CCR) Handbook: PDUs per three-year cycle,
//   Education minimum and Giving Back maximum per certification; one PDU is one hour,
//   claimed in quarter-hour steps; extra PDUs earned in the cycle's last year carry over.
// - For the PMP (and PgMP, which shares its row in the handbook's table): at least 8 PDUs
//   in each Talent Triangle area, at most 8 as a practitioner, carry-over up to 20.
// - 60/35/25 (PMP, PgMP), 30/18/12 (PMI-ACP) and 15/9/6 (CAPM) also agree in secondary
//   sources (training providers quoting the handbook's table).
// A figure we could not confirm for a certification is null: the user sets it (Settings in
// the Certifications view) instead of the app guessing; until then it does not bind.
import type { Certification, CertificationSetting } from '../entry'

export interface PduRules {
  /** PDUs needed in the cycle. */
  required: number
  /** Length of the cycle in years. */
  cycleYears: number
  /** Education PDUs needed (any Talent Triangle area). */
  educationMinimum: number
  /** Education PDUs needed in each of the three areas; null: not confirmed, a setting. */
  areaMinimum: number | null
  /** Giving Back PDUs that count at most. */
  givingBackCap: number
  /** Of Giving Back, PDUs for working as a practitioner that count at most; null: a setting. */
  practitionerCap: number | null
  /** Extra PDUs from the cycle's last year that count in the next; null: a setting. */
  carryOverCap: number | null
}

export const PDU_RULES: Record<Certification, PduRules> = {
  PMP: {
    required: 60,
    cycleYears: 3,
    educationMinimum: 35,
    areaMinimum: 8,
    givingBackCap: 25,
    practitionerCap: 8,
    carryOverCap: 20,
  },
  PgMP: {
    required: 60,
    cycleYears: 3,
    educationMinimum: 35,
    areaMinimum: 8,
    givingBackCap: 25,
    practitionerCap: 8,
    carryOverCap: 20,
  },
  'PMI-ACP': {
    required: 30,
    cycleYears: 3,
    educationMinimum: 18,
    areaMinimum: null,
    givingBackCap: 12,
    practitionerCap: null,
    carryOverCap: null,
  },
  CAPM: {
    required: 15,
    cycleYears: 3,
    educationMinimum: 9,
    areaMinimum: null,
    givingBackCap: 6,
    practitionerCap: null,
    carryOverCap: null,
  },
}

/** The figures a user may set where the table has none (or to follow a newer handbook). */
export const RULE_SETTINGS = ['areaMinimum', 'practitionerCap', 'carryOverCap'] as const
export type RuleSetting = (typeof RULE_SETTINGS)[number]
export type RuleOverrides = Partial<Record<RuleSetting, number>>

export const RULE_SETTING_LABELS: Record<RuleSetting, string> = {
  areaMinimum: 'Minimum PDUs in each Talent Triangle area',
  practitionerCap: 'Most PDUs as a practitioner',
  carryOverCap: 'Most PDUs carried over to the next cycle',
}

export interface ResolvedRules {
  required: number
  cycleYears: number
  educationMinimum: number
  areaMinimum: number
  givingBackCap: number
  practitionerCap: number
  carryOverCap: number
  /** Figures neither the table nor the user gave: the ledger applies no such rule. */
  unconfirmed: RuleSetting[]
}

/**
 * The rules that apply: the user's figure, else the table's, else none. "None" means no
 * per-area minimum, no practitioner cap below the Giving Back cap, and no carry-over
 * (never promise PDUs in the next cycle on a guess); the view names each such rule and
 * asks the user to set it from their PMI dashboard.
 */
export function resolveRules(
  certification: Certification,
  overrides: RuleOverrides = {},
): ResolvedRules {
  const table = PDU_RULES[certification]
  const unconfirmed = RULE_SETTINGS.filter(
    (name) => overrides[name] === undefined && table[name] === null,
  )
  return {
    required: table.required,
    cycleYears: table.cycleYears,
    educationMinimum: table.educationMinimum,
    givingBackCap: table.givingBackCap,
    areaMinimum: overrides.areaMinimum ?? table.areaMinimum ?? 0,
    practitionerCap: Math.min(
      overrides.practitionerCap ?? table.practitionerCap ?? table.givingBackCap,
      table.givingBackCap,
    ),
    carryOverCap: overrides.carryOverCap ?? table.carryOverCap ?? 0,
    unconfirmed,
  }
}

/** The figures a stored certification setting gives, and only those. */
export function ruleOverridesOf(setting: Pick<CertificationSetting, RuleSetting>): RuleOverrides {
  const out: RuleOverrides = {}
  for (const name of RULE_SETTINGS) {
    const value = setting[name]
    if (value !== undefined) out[name] = value
  }
  return out
}
