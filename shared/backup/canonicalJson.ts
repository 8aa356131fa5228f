// Canonical JSON: object keys sorted by code unit, two-space indentation and a final
// newline, so the same data always gives the same bytes whatever order its keys were
// built in. Array order is data and is kept. Undefined properties are left out, as
// JSON.stringify does.

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>
    const sorted: Record<string, unknown> = {}
    // Plain < comparison, not localeCompare: the order must not depend on the machine's locale.
    for (const key of Object.keys(source).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (source[key] !== undefined) sorted[key] = sortKeys(source[key])
    }
    return sorted
  }
  return value
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}
