// Accessibility checks with axe: one line per violation, naming the rule, what it asks
// for and the elements that break it, so a failing expectation says what to fix.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The axe violations inside the element(s) `selector` matches (less `exclude`), as drawn now. */
export async function axeViolations(
  page: Page,
  selector: string,
  exclude?: string,
): Promise<string[]> {
  const builder = new AxeBuilder({ page }).include(selector)
  const { violations } = await (exclude ? builder.exclude(exclude) : builder).analyze()
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}
