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
