// Accessibility checks with axe: one line per violation, naming the rule, what it asks
// for and the elements that break it, so a failing expectation says what to fix.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The axe violations inside the element(s) `selector` matches, as it is drawn now. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze()
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}
