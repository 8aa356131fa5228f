// Professional development units claimed for a learning entry (issue 17): PMI's Talent
// Triangle areas and Giving Back categories. The ledger's rules live in shared/pdu.
import { z } from 'zod'

export const PDU_CATEGORIES = [
  'ways-of-working',
  'power-skills',
  'business-acumen',
  'giving-back-practitioner',
  'giving-back-content',
  'giving-back-presentation',
  'giving-back-sharing',
  'giving-back-volunteering',
] as const
export type PduCategory = (typeof PDU_CATEGORIES)[number]

const label = z.string().trim().max(300, 'is longer than 300 characters')

export const pduClaimSchema = z.strictObject({
  /** Hours claimed, in quarter-hour steps (one PDU is one hour). */
  hours: z
    .number({ message: 'must be a number' })
    .positive('must be more than 0')
    .max(1000, 'is more than 1,000 hours')
    .refine((hours) => Number.isInteger(hours * 4), 'must be in steps of 0.25'),
  category: z.enum(PDU_CATEGORIES, { message: 'is not a PDU category' }),
  provider: label.optional(),
  activity: label.optional(),
  /** Set once the user has reported the activity to PMI. */
  reported: z.boolean(),
})
export type PduClaim = z.infer<typeof pduClaimSchema>

/** The PMI certifications the ledger knows the rules of (see shared/pdu/rules.ts). */
export const CERTIFICATIONS = ['PMP', 'PgMP', 'PMI-ACP', 'CAPM'] as const
export type Certification = (typeof CERTIFICATIONS)[number]

/** The three Talent Triangle areas Education PDUs are claimed in. */
export const PDU_AREAS = ['ways-of-working', 'power-skills', 'business-acumen'] as const
export type PduArea = (typeof PDU_AREAS)[number]

/** Names as PMI's reporting form writes them. */
export const PDU_CATEGORY_LABELS: Record<PduCategory, string> = {
  'ways-of-working': 'Ways of Working',
  'power-skills': 'Power Skills',
  'business-acumen': 'Business Acumen',
  'giving-back-practitioner': 'Working as a practitioner',
  'giving-back-content': 'Creating content',
  'giving-back-presentation': 'Giving a presentation',
  'giving-back-sharing': 'Sharing knowledge',
  'giving-back-volunteering': 'Volunteering',
}

/** Education (a Talent Triangle area) or Giving Back: the caps and minimums differ. */
export function isEducation(category: PduCategory): category is PduArea {
  return (PDU_AREAS as readonly string[]).includes(category)
}
