// The first run in browser mode: a fresh journal greets the user in the Journal itself
// with two skippable questions (the role they are working towards, when their company's
// year starts) above the first-entry offer, and every view then speaks of the role they
// chose, or says plainly that the default is in use.
import { expect, test, type Page } from '@playwright/test'
import { mainNav, openView } from './support/app'
import { axeViolations } from './support/axe'

const welcome = (page: Page) => page.getByRole('region', { name: 'Welcome to Leadlog' })
const yearQuestion = 'When does your company’s year start?'

async function freshStart(page: Page): Promise<void> {
  await page.goto('/')
  await expect(mainNav(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Journal', exact: true })).toBeVisible()
  await expect(welcome(page)).toBeVisible()
}

test('a fresh start asks the role and the year, then offers a first entry or the sample', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1000 })
  await freshStart(page)
  // The first-entry offer is there all along, under the welcome.
  await expect(page.getByRole('button', { name: /sample journal/i })).toBeVisible()
  await expect(
    welcome(page).getByRole('group', { name: 'Which role are you working towards?' }),
  ).toBeVisible()
  expect(await axeViolations(page, '.journal')).toEqual([])
  await page.screenshot({ path: '/tmp/welcome.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page, '.journal')).toEqual([])
  await page.screenshot({ path: '/tmp/welcome-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })

  await welcome(page)
    .getByRole('radio', { name: /IT director/ })
    .check()
  await welcome(page).getByRole('button', { name: 'Continue' }).click()
  const year = welcome(page).getByRole('combobox', { name: yearQuestion })
  await expect(year).toBeFocused()
  await expect(year).toHaveValue('1')
  await year.selectOption({ label: 'April' })
  expect(await axeViolations(page, '.journal')).toEqual([])
  await page.screenshot({ path: '/tmp/welcome-year.png' })
  await welcome(page).getByRole('button', { name: 'Continue' }).click()

  await expect(welcome(page)).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText(
    'Saved: you are working towards IT director / VP, and your year starts in April. You can change either in Settings.',
  )
  await expect(page.getByRole('heading', { name: 'Start your leadership journal' })).toBeFocused()
  for (const name of [
    'Log a leadership moment',
    'Log a difficult conversation',
    'Log a stakeholder win',
    'Load sample journal',
  ])
    await expect(page.getByRole('button', { name })).toBeVisible()
  expect(await axeViolations(page, '.journal')).toEqual([])
  await page.screenshot({ path: '/tmp/welcome-done.png', fullPage: true })

  // The review names the chosen role, on screen and in the document, as the user's.
  await openView(page, 'Review')
  await expect(page.getByText(/^Target role:/)).toHaveText('Target role: IT director / VP')
  await expect(page.getByText(/the default/)).toHaveCount(0)
  await expect(
    page.frameLocator('iframe[title^="Preview"]').getByText(/Target role: IT director \/ VP/),
  ).toBeVisible()

  // Both answers are the settings, where they can be changed.
  await openView(page, 'Settings')
  await expect(page.getByRole('combobox', { name: 'Role you are aiming for' })).toHaveValue(
    'it-director',
  )
  await expect(page.getByRole('combobox', { name: 'Fiscal year starts in' })).toHaveValue('4')

  // Asked once: after a reload the empty journal offers only the first entry.
  await openView(page, 'Journal')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Start your leadership journal' })).toBeVisible()
  await expect(welcome(page)).toHaveCount(0)
})

test('skipping both questions leaves the role unchosen, and the views say the default is used', async ({
  page,
}) => {
  await freshStart(page)
  await welcome(page).getByRole('button', { name: 'Skip for now' }).click()
  await expect(welcome(page).getByRole('combobox', { name: yearQuestion })).toBeFocused()
  await welcome(page).getByRole('button', { name: 'Skip for now' }).click()
  await expect(welcome(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /sample journal/i })).toBeVisible()

  await openView(page, 'Review')
  await expect(page.getByText(/^Target role:/)).toHaveText(
    'Target role: Director of Operations (the default — choose yours in Settings)',
  )
  expect(await axeViolations(page, '.review', 'iframe')).toEqual([])
  // The document for the manager does not pass the default off as the user's aim.
  const preview = page.frameLocator('iframe[title^="Preview"]')
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(preview.getByText(/Target role/)).toHaveCount(0)
  await page.screenshot({ path: '/tmp/welcome-review-default.png' })

  // The promotion case offers the default as what it is, and names no role in the case.
  await openView(page, 'Promotion case')
  const caseRole = page.getByRole('combobox', { name: 'Target role' })
  await expect(caseRole.locator('option:checked')).toHaveText('Director of Operations (default)')
  await expect(caseRole).toHaveAccessibleDescription(/No role chosen yet/)
  expect(await axeViolations(page, '.promotion', 'iframe')).toEqual([])
  await page.screenshot({ path: '/tmp/welcome-promotion-default.png' })

  await page.getByRole('button', { name: 'choose yours in Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  const role = page.getByRole('combobox', { name: 'Role you are aiming for' })
  await expect(role).toBeFocused()
  await expect(role).toHaveValue('')
  await role.selectOption({ label: 'PMO leader' })

  await openView(page, 'Bullets')
  await expect(page.getByText(/^Ranked for/)).toHaveText('Ranked for PMO leader')
})
