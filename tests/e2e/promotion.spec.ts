// The promotion case in browser mode, on the sample journal: the view opens with the
// case's sections in the preview, share-safe hides a colleague's name, the user's own
// summary appears in the preview, and Export Markdown saves the case as shown.
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { sampleJournal } from '../../shared/entry'
import { CASE_SECTION_TITLES } from '../../shared/promotion'
import { localIsoDate } from '../../shared/time'
import { axeViolations } from './support/axe'
import { mainNav, navButton, openView } from './support/app'
import { startWithEntries } from './support/seed'

const today = localIsoDate(new Date())

async function openCase(page: Page): Promise<void> {
  await startWithEntries(page, sampleJournal(today))
  await openView(page, 'Promotion case')
}

const preview = (page: Page) => page.frameLocator('iframe[title^="Preview"]')

test('shows the case for the target role over the last 12 months, with every section', async ({
  page,
}) => {
  if (process.env.PROMOTION_SCREENSHOTS) await page.setViewportSize({ width: 1400, height: 900 })
  await openCase(page)
  await expect(navButton(page, 'Promotion case')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('heading', { level: 1, name: 'Promotion case' })).toBeVisible()
  // No role chosen yet: the default is said to be one, and the case names no role.
  const role = page.getByRole('combobox', { name: 'Target role' })
  await expect(role).toHaveValue('')
  await expect(role.locator('option:checked')).toHaveText('Director of Operations (default)')
  await expect(page.getByRole('radio', { name: 'The last 12 months' })).toBeChecked()
  await expect(page.getByRole('switch', { name: 'Share-safe' })).toBeChecked()
  const doc = preview(page)
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('Promotion case')
  await role.selectOption({ label: 'Director of Operations' })
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(
    'Promotion case: Director of Operations',
  )
  for (const title of Object.values(CASE_SECTION_TITLES))
    await expect(doc.getByRole('heading', { level: 2, name: title })).toBeVisible()
  if (process.env.PROMOTION_SCREENSHOTS) await page.screenshot({ path: '/tmp/promotion-view.png' })
  // The preview frame is left out: axe's frame pass hangs on a frame that is replaced as the
  // case re-renders; the exported document's own structure is checked by its unit tests.
  expect(await axeViolations(page, '.promotion', 'iframe')).toEqual([])
})

test('names people only when share-safe is off', async ({ page }) => {
  await openCase(page)
  const doc = preview(page)
  await expect(doc.getByText('The COO:', { exact: true })).toBeVisible()
  await expect(doc.getByText(/Helen Brooks/)).toHaveCount(0)
  await page.getByRole('switch', { name: 'Share-safe' }).click()
  await expect(doc.getByText('Helen Brooks, the COO:')).toBeVisible()
  await page.getByRole('switch', { name: 'Share-safe' }).click()
  await expect(doc.getByText(/Helen Brooks/)).toHaveCount(0)
})

test('prints the case in the user’s own words, kept when the view is opened again', async ({
  page,
}) => {
  await openCase(page)
  const summary = page.getByRole('textbox', { name: 'The case in your words' })
  await summary.fill('I have run operations for the ERP programme for a year.')
  await page.getByRole('button', { name: 'Add a step' }).click()
  await page.getByRole('textbox', { name: 'Plan step 1' }).fill('I will lead the 2027 roadmap.')
  const doc = preview(page)
  await expect(
    doc.getByText('I have run operations for the ERP programme for a year.'),
  ).toBeVisible()
  await expect(doc.getByText('I will lead the 2027 roadmap.')).toBeVisible()
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  // Another view and back: the words were stored for the role, not held by the screen.
  await openView(page, 'Journal')
  await openView(page, 'Promotion case')
  await expect(summary).toHaveValue('I have run operations for the ERP programme for a year.')
  await expect(doc.getByText('I will lead the 2027 roadmap.')).toBeVisible()
})

test('exports the case as Markdown, share-safe', async ({ page }) => {
  await openCase(page)
  await page.getByRole('combobox', { name: 'Target role' }).selectOption('director-ops')
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText(
    'Promotion case: Director of Operations',
  )
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`leadlog-promotion-case-director-ops-${today}.md`)
  const markdown = await readFile((await file.path()) ?? '', 'utf8')
  expect(markdown).toContain('# Promotion case: Director of Operations')
  expect(markdown).toContain('## Who can speak to it')
  expect(markdown).toContain('**The COO:**')
  expect(markdown).not.toMatch(/Helen|Brooks|Aisha|Marcus/)
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible()
})

test('checks custom dates and says when there is no evidence', async ({ page }) => {
  await openCase(page)
  await page.getByRole('radio', { name: 'Custom dates' }).click()
  const from = page.getByLabel('From')
  const to = page.getByLabel('To (inclusive)')
  await to.fill('2001-01-01')
  await from.fill('2001-02-01')
  await expect(page.getByRole('alert')).toHaveText('The start date is after the end date.')
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeDisabled()
  await from.fill('2000-01-01')
  await expect(page.getByText('No evidence in this period yet')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeDisabled()
  await page.getByRole('button', { name: 'Log an entry' }).click()
  await expect(navButton(page, 'Journal')).toHaveAttribute('aria-current', 'page')
})

test('opens with its keyboard shortcut', async ({ page }) => {
  await openCase(page)
  await openView(page, 'Journal')
  await expect(mainNav(page)).toBeVisible()
  await page.keyboard.press('Control+5')
  await expect(navButton(page, 'Promotion case')).toHaveAttribute('aria-current', 'page')
  await page.keyboard.press('Control+6')
  await expect(navButton(page, 'Settings')).toHaveAttribute('aria-current', 'page')
})
