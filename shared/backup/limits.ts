// Finds strings longer than a limit anywhere in parsed JSON, keys included, before any
// schema runs: a pasted novel in a field must be named precisely, not crash a renderer.
import { formatPath, type Problem } from '../entry'

/** Backups nest a handful of levels; anything deeper is not one of ours. */
const MAX_DEPTH = 64

export function findLongStrings(root: unknown, maxLength: number, maxProblems: number): Problem[] {
  const problems: Problem[] = []
  const limit = maxLength.toLocaleString('en')
  // One shared path, pushed and popped: a backup of 100,000 entries holds millions of
  // values, and copying a path for each one cost more than the rest of the checks.
  const path: (string | number)[] = []
  const full = () => problems.length >= maxProblems

  // Recursion is bounded by MAX_DEPTH, so a deliberately deep file cannot overflow the stack.
  function visit(value: unknown): void {
    if (typeof value === 'string') {
      if (value.length > maxLength) {
        problems.push({
          path: formatPath(path),
          message: `is longer than ${limit} characters (${value.length.toLocaleString('en')})`,
        })
      }
      return
    }
    if (value === null || typeof value !== 'object') return
    if (path.length >= MAX_DEPTH) {
      problems.push({
        path: formatPath(path),
        message: `is nested more than ${MAX_DEPTH} levels deep`,
      })
      return
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length && !full(); index++) {
        path.push(index)
        visit(value[index])
        path.pop()
      }
      return
    }
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (full()) return
      if (key.length > maxLength) {
        problems.push({
          path: formatPath(path),
          message: `has a field name longer than ${limit} characters`,
        })
      }
      path.push(key)
      visit(record[key])
      path.pop()
    }
  }

  visit(root)
  return problems
}
