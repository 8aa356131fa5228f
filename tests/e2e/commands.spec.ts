// The keyboard layer in the browser build: the command palette (Ctrl+K), the shortcuts
// sheet (?), "/" for the journal's search, the theme, and a review export by typing.
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import type { Entry } from '../../shared/entry'
import { localIsoDate } from '../../shared/time'
import { mainNav } from './support/app'
import { axeViolations } from './support/axe'
import { startWithEntries } from './support/seed'

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' })
const paletteBox = (page: Page) => page.getByRole('combobox', { name: 'Type a command or a view' })

/** A stakeholder win dated today. */
function partnerPortal(): Entry {
  const now = new Date()
  const stamp = now.toISOString()
  return {
    id: 'e2e-palette-win',
    kind: 'stakeholder-win',
    title: 'Shipped the partner portal',
    occurredOn: localIsoDate(now),
    notes: '',
    people: [],
    tags: [],
    competencies: ['results'],
    createdAt: stamp,
    updatedAt: stamp,
    stakeholder: { name: 'Ana Ruiz', role: 'Head of Sales', level: 'senior' },
    need: 'a portal for partners',
    delivered: 'launched it two weeks early',
    feedback: '',
  }
}

async function start(page: Page): Promise<void> {
  await page.goto('/')
  await expect(mainNav(page)).toBeVisible()
}

/** Opens the palette with the keyboard and types a query. */
async function typeCommand(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+K')
  await expect(palette(page)).toBeVisible()
  await expect(paletteBox(page)).toBeFocused()
  await page.keyboard.type(query)
}

test('Ctrl+K, "review", Enter opens the Review view', async ({ page }) => {
  await start(page)
  await typeCommand(page, 'review')
  await expect(page.getByRole('option', { selected: true })).toContainText('Go to Review')
  await page.keyboard.press('Enter')
  await expect(palette(page)).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible()
  await expect(mainNav(page).getByRole('button', { name: 'Review', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
})

test('the palette is accessible in both themes, and Escape gives focus back', async ({ page }) => {
  await start(page)
  const opener = page.getByRole('button', { name: 'Commands…' })
  await opener.click()
  await expect(palette(page)).toBeVisible()
  await expect(page.getByRole('option', { name: /Go to Review/ })).toContainText('Ctrl+4')
  await page.screenshot({ path: '/tmp/palette.png' })
  expect(await axeViolations(page, '.command-palette')).toEqual([])
  await paletteBox(page).fill('lock')
  await expect(page.getByRole('option', { name: /Lock the journal/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await page.emulateMedia({ colorScheme: 'dark' })
  if (process.env.COMMANDS_SCREENSHOTS) await page.screenshot({ path: '/tmp/palette-dark.png' })
  expect(await axeViolations(page, '.command-palette')).toEqual([])
  await paletteBox(page).fill('nothing like this')
  await expect(palette(page).getByRole('status')).toHaveText(
    'No command matches “nothing like this”.',
  )
  expect(await axeViolations(page, '.command-palette')).toEqual([])
  await page.keyboard.press('Escape')
  await expect(palette(page)).toBeHidden()
  await expect(opener).toBeFocused()
})

test('"?" opens the shortcuts sheet; it lists the views’ keys and is accessible', async ({
  page,
}) => {
  await start(page)
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('Ctrl+4Go to Review')
  await expect(sheet).toContainText('Ctrl+SSave the entry')
  if (process.env.COMMANDS_SCREENSHOTS) await page.screenshot({ path: '/tmp/shortcuts.png' })
  expect(await axeViolations(page, '.shortcuts-sheet')).toEqual([])
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
})

test('"?" and "/" are typed into a text field, and "/" elsewhere opens the journal’s search', async ({
  page,
}) => {
  // The search box shows once the journal has an entry.
  await startWithEntries(page, [partnerPortal()])
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.click()
  await page.keyboard.type('?/')
  await expect(search).toHaveValue('?/')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await search.fill('')

  await mainNav(page).getByRole('button', { name: 'Settings', exact: true }).click()
  await page.keyboard.press('/')
  await expect(mainNav(page).getByRole('button', { name: 'Journal', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
  // The journal answers with the cursor in its search box; the "/" is not typed into it.
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('')

  // The palette's "Search the journal" does the same from another view.
  await mainNav(page).getByRole('button', { name: 'Review', exact: true }).click()
  await typeCommand(page, 'search')
  await page.keyboard.press('Enter')
  await expect(search).toBeFocused()
})

test('the theme command switches the page to dark and back, whatever the system says', async ({
  page,
}) => {
  await start(page)
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim())
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  expect(await background()).toBe('#f6f7fb')
  await typeCommand(page, 'theme dark')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background()).toBe('#12151d')
  await expect(page.getByRole('status').filter({ hasText: 'The dark theme is on.' })).toBeVisible()
  // Stored: a reload keeps it.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  // Light chosen while the system is dark stays light.
  await page.emulateMedia({ colorScheme: 'dark' })
  await typeCommand(page, 'theme light')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await background()).toBe('#f6f7fb')
})

test('exporting the review from the palette saves the Review’s Markdown file', async ({ page }) => {
  await startWithEntries(page, [partnerPortal()])
  await expect(mainNav(page)).toBeVisible()
  const downloading = page.waitForEvent('download')
  await typeCommand(page, 'export review markdown')
  await page.keyboard.press('Enter')
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^leadlog-review-\d{4}-Q[1-4]\.md$/)
  const markdown = await readFile((await download.path()) ?? '', 'utf8')
  expect(markdown).toContain('### Shipped the partner portal')
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible()
})
