// Plain sentences for what zod finds wrong in a backup, and paths like
// `entries[12].occurredOn`. Messages written on the schemas themselves win over these.
import type { z } from 'zod'
import { formatPath, type Problem } from '../entry'

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return value.length > 40 ? 'a text' : `"${value}"`
  return String(value)
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
}

/** Per-parse error map: used where the schema gives no message of its own. */
export const plainErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing'
    return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`
  }
  if (issue.code === 'invalid_value') {
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(issue.input)}`
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options ?? []
    return `must be one of ${options.join(', ')}`
  }
  return undefined
}

/**
 * One problem per issue (parse with `reportInput: true` so absent fields are told apart); an unknown field becomes its own path so the user can find it. */
export function issuesToProblems(error: z.ZodError, prefix = ''): Problem[] {
  const problems: Problem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...issue.path, key], prefix),
          message: 'is not a field Leadlog knows',
        })
      }
    } else {
      // Schemas' own messages ("must be an ISO timestamp") read oddly for an absent field.
      const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined
      const message = missing ? 'is missing' : issue.message
      problems.push({ path: formatPath(issue.path, prefix), message })
    }
  }
  return problems
}
