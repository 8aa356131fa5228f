// Finds strings longer than a limit anywhere in parsed JSON, keys included, before any
// schema runs: a pasted novel in a field must be named precisely, not crash a renderer.
import { formatPath, type Problem } from './entry'

/** Backups nest a handful of levels; anything deeper is not one of ours. */
const MAX_DEPTH = 64

export function findLongStrings(root: unknown, maxLength: number, maxProblems: number): Problem[] {
  const problems: Problem[] = []
  const limit = maxLength.toLocaleString('en')
  // Iterative walk: a deliberately deep file must not overflow the stack.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }]
  while (stack.length && problems.length < maxProblems) {
    const { value, path } = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > maxLength) {
        problems.push({
          path: formatPath(path),
          message: `is longer than ${limit} characters (${value.length.toLocaleString('en')})`,
        })
      }
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (path.length >= MAX_DEPTH) {
      problems.push({
        path: formatPath(path),
        message: `is nested more than ${MAX_DEPTH} levels deep`,
      })
      continue
    }
    const children: [string | number, unknown][] = Array.isArray(value)
      ? value.map((child, index) => [index, child])
      : Object.entries(value)
    for (let k = children.length - 1; k >= 0; k--) {
      const [key, child] = children[k]!
      if (typeof key === 'string' && key.length > maxLength) {
        problems.push({
          path: formatPath(path),
          message: `has a field name longer than ${limit} characters`,
        })
      }
      stack.push({ value: child, path: [...path, key] })
    }
  }
  return problems
}
