// A quote the user already signed ('"…" (Maria)', '"…" — Maria Lopez'): the review adds
// its own line under every quote, so the user's signature is taken off rather than said
// twice ("(the VP Finance)" and "— the VP Finance").
import type { Person } from '../../entry'

const SIGNATURE = /\s*(?:\(([^()]+)\)|[—–-]{1,2}\s*([^"”—–-][^"”]*?))\s*$/u

/** The feedback without a closing signature that names or describes the stakeholder. */
export function withoutSignature(feedback: string, stakeholder: Person): string {
  const match = SIGNATURE.exec(feedback)
  if (!match) return feedback
  const signed = (match[1] ?? match[2] ?? '').trim().toLowerCase()
  const words = [stakeholder.name, ...stakeholder.name.split(/\s+/), stakeholder.role ?? '']
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length >= 2)
  return words.includes(signed) ? feedback.slice(0, match.index).trimEnd() : feedback
}
