// Quick entry as a person in a hurry uses it: New entry, type, Ctrl+S, done; and the
// editor's room on a small screen, in both themes, with screenshots to look at.
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' })
const editor = (page: Page) => page.getByRole('form', { name: 'New entry' })

async function openJournal(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Journal', exact: true })).toBeVisible()
}

/** The busiest journal a user meets: the sample (with a due follow-up) and one own entry, so the backup reminder shows too. */
async function busyJournal(page: Page): Promise<void> {
  await openJournal(page)
  await page.getByRole('button', { name: 'Load sample journal' }).click()
  await expect(page.getByRole('region', { name: 'Sample journal' })).toBeVisible()
  await page.getByRole('button', { name: 'New entry' }).click()
  await page.keyboard.type('Coached Priya through her first steering committee update')
  await page.keyboard.press('Control+S')
  await expect(page.getByRole('complementary', { name: 'Backup reminder' })).toBeVisible()
}

test('New entry, type a title without clicking into any field, press Ctrl+S: the entry is in the timeline with a suggested competency', async ({
  page,
}) => {
  await openJournal(page)
  await page.getByRole('button', { name: 'New entry' }).click()
  await page.keyboard.type('Coached Priya on estimates')
  await expect(editor(page).getByRole('button', { name: 'Remove Developing people' })).toBeVisible()
  await page.keyboard.press('Control+S')

  const row = timeline(page).getByRole('button', { name: /Coached Priya on estimates/ })
  await expect(row).toBeVisible()
  await expect(row).toContainText('Developing people')
  await expect(page.getByRole('article', { name: 'Coached Priya on estimates' })).toBeVisible()

  // The same from the keyboard alone: the shortcut, the words, the shortcut.
  await page.keyboard.press('Control+N')
  await expect(editor(page)).toBeVisible()
  await page.keyboard.type('Pushback from the CFO on the budget')
  await page.keyboard.press('Control+S')
  const second = timeline(page).getByRole('button', { name: /Pushback from the CFO/ })
  await expect(second).toBeVisible()
  await expect(second).toContainText(/Stakeholder leadership|Business and financial acumen/)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the editor has room at 1024×700 and 1400×900 (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1024, height: 700 })
    await busyJournal(page)
    await page.getByRole('button', { name: 'New entry' }).click()
    await expect(editor(page).getByLabel('Title', { exact: true })).toBeFocused()

    // Kind, Date and Title are in view without scrolling, banners and all.
    for (const label of ['Kind', 'Date', 'Title']) {
      const box = await editor(page).getByLabel(label, { exact: true }).boundingBox()
      expect(box, label).not.toBeNull()
      expect(box!.y + box!.height, `${label} is above the fold`).toBeLessThanOrEqual(700)
    }
    // Each banner is one line.
    for (const banner of [
      page.getByRole('complementary', { name: 'Backup reminder' }),
      page.getByRole('region', { name: 'Sample journal' }),
    ]) {
      expect((await banner.boundingBox())!.height).toBeLessThan(48)
    }
    await page.screenshot({ path: `/tmp/quick-entry-1024-${scheme}.png` })
    expect(await axeViolations(page, '.editor')).toEqual([])

    await editor(page).getByRole('button', { name: 'Details' }).click()
    await page.screenshot({ path: `/tmp/quick-entry-1024-details-${scheme}.png` })
    expect(await axeViolations(page, '.editor')).toEqual([])

    const narrow = (await page.locator('.timeline-pane').boundingBox())!.width
    await page.setViewportSize({ width: 1400, height: 900 })
    await expect(editor(page).getByRole('button', { name: 'Details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await page.screenshot({ path: `/tmp/quick-entry-1400-${scheme}.png` })
    // The timeline grows with the window, and a long title wraps to a second line
    // instead of being cut.
    expect((await page.locator('.timeline-pane').boundingBox())!.width).toBeGreaterThan(narrow + 80)
    const title = timeline(page)
      .locator('.entry-row-title')
      .filter({ hasText: 'Coached Priya through her first steering committee update' })
    const lines = await title.evaluate((el) => ({
      shown: el.clientHeight,
      needed: el.scrollHeight,
      line: parseFloat(getComputedStyle(el).lineHeight),
    }))
    expect(lines.shown).toBeGreaterThan(1.5 * lines.line)
    expect(lines.needed).toBeLessThanOrEqual(lines.shown)
  })
}

test('one element at the top of the timeline column leaves the editor in view at 1024×700', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await busyJournal(page)
  await page.getByRole('button', { name: 'New entry' }).click()
  // Stands in for the weekly strip, which another part of the app provides.
  await page.locator('.timeline-pane').evaluate((pane) => {
    const strip = document.createElement('div')
    strip.style.height = '96px'
    strip.style.background = 'repeating-linear-gradient(45deg, #8883 0 8px, transparent 8px 16px)'
    strip.textContent = 'This week'
    pane.prepend(strip)
  })
  for (const label of ['Kind', 'Date', 'Title']) {
    const box = await editor(page).getByLabel(label, { exact: true }).boundingBox()
    expect(box!.y + box!.height, `${label} is above the fold`).toBeLessThanOrEqual(700)
  }
  await expect(timeline(page).getByRole('button').first()).toBeVisible()
  await page.screenshot({ path: '/tmp/quick-entry-1024-strip.png' })
})
