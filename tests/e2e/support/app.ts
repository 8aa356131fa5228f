// Finding one's way around the app shell, by accessible names as a person would.
import type { Locator, Page } from '@playwright/test'

export type View = 'Journal' | 'Readiness' | 'Bullets' | 'Review' | 'Promotion case' | 'Settings'

export const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' })

export const navButton = (page: Page, view: View): Locator =>
  mainNav(page).getByRole('button', { name: view, exact: true })

/** Switches to a view with the main navigation. */
export async function openView(page: Page, view: View): Promise<void> {
  await navButton(page, view).click()
}
