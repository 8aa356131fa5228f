// Importing history in the browser build, as a person does it: choose a Markdown brag
// document, correct a guess in the preview, import, find the entries in the journal, and
// undo the import (after a reload). A second import of the same file adds nothing; a
// broken export says where it is broken and writes nothing; a CSV file's columns can be
// corrected. The palette's "Import…" leads to the button.
import { expect, test, type Page } from '@playwright/test'
import { mainNav, openView } from './support/app'
import { axeViolations } from './support/axe'

const BRAG = 'tests/fixtures/import/brag.md'
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' })
const preview = (page: Page) => page.getByRole('region', { name: /^Import from / })
const importSection = (page: Page) => page.getByRole('region', { name: 'Import' })

async function chooseFiles(
  page: Page,
  files: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await openView(page, 'Settings')
  const chooser = page.waitForEvent('filechooser')
  await importSection(page).getByRole('button', { name: 'Import from files…' }).click()
  await (await chooser).setFiles(files)
}

async function start(page: Page): Promise<void> {
  await page.goto('/')
  await expect(mainNav(page)).toBeVisible()
}

test('import a brag document, correct a guess, find the entries, undo', async ({ page }) => {
  await start(page)
  await chooseFiles(page, BRAG)

  await expect(preview(page)).toBeVisible()
  await expect(preview(page)).toContainText('Read as Markdown: 7 entries found')
  // What was not imported is listed with its lines and why.
  await expect(preview(page)).toContainText('lines 5–6: is under “Goals for this year”')
  await expect(preview(page)).toContainText('line 20: is an unchecked task')

  // The month heading dated "Shipped the new intake form" to 1 February; the user knows better.
  const entry2 = preview(page)
    .getByRole('listitem')
    .filter({
      has: page.getByRole('textbox', { name: 'Title of entry 2' }),
    })
  await expect(page.getByRole('textbox', { name: 'Title of entry 2' })).toHaveValue(
    'Shipped the new intake form, reducing triage time by 30%',
  )
  await page.getByLabel('Date of entry 2').fill('2026-02-12')
  // The kind guess for the thank-you note is right; the one for entry 4 is corrected.
  await expect(page.getByLabel('Kind of entry 6')).toHaveValue('stakeholder-win')
  await page.getByLabel('Kind of entry 4').selectOption('Difficult conversation')
  await expect(page.getByLabel('Kind of entry 4')).toHaveValue('difficult-conversation')
  // Leave one out.
  await page.getByRole('checkbox', { name: 'Import entry 3' }).uncheck()
  await expect(entry2).toBeVisible()

  expect(await axeViolations(page, '.import-settings')).toEqual([])
  await preview(page).screenshot({ path: 'test-results/import-preview.png' })

  await preview(page).getByRole('button', { name: 'Import 6 entries' }).click()
  await expect(importSection(page).getByRole('status')).toContainText(
    'Imported 6 entries from brag.md.',
  )

  await openView(page, 'Journal')
  for (const title of [
    'Led the incident review after the payroll outage',
    'Paired with Sam on his first vendor negotiation',
    'Got a thank-you note from the VP Sales for the forecast dashboard',
  ]) {
    await expect(timeline(page).getByRole('button', { name: new RegExp(title) })).toBeVisible()
  }
  await expect(
    timeline(page).getByRole('button', { name: /Migrated the finance reports/ }),
  ).toHaveCount(0)

  // The import can be undone after the app was closed and opened again.
  await page.reload()
  await expect(mainNav(page)).toBeVisible()
  await openView(page, 'Settings')
  const history = page.getByRole('region', { name: 'Imports in your journal' })
  await expect(history).toContainText('brag.md (Markdown): 6 entries')
  await history.getByRole('button', { name: 'Undo import of brag.md' }).click()
  await expect(importSection(page).getByRole('status')).toContainText(
    'Import from brag.md undone: 6 entries removed.',
  )
  await expect(history).toHaveCount(0)
  await openView(page, 'Journal')
  await expect(timeline(page).getByRole('button', { name: /Led the incident review/ })).toHaveCount(
    0,
  )
})

test('a second import of the same file adds nothing', async ({ page }) => {
  await start(page)
  await chooseFiles(page, BRAG)
  await preview(page).getByRole('button', { name: 'Import 7 entries' }).click()
  await expect(importSection(page).getByRole('status')).toContainText('Imported 7 entries')

  await chooseFiles(page, BRAG)
  await expect(preview(page)).toContainText('7 entries found, 7 already in your journal (left out)')
  await expect(preview(page).getByText(/^Duplicate: /)).toHaveCount(7)
  await expect(preview(page).getByRole('button', { name: 'Import 0 entries' })).toBeDisabled()
})

test('a broken Day One export says where, and writes nothing', async ({ page }) => {
  await start(page)
  await chooseFiles(page, {
    name: 'Journal.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "entries": [\n    { "uuid": }\n'),
  })
  await expect(preview(page)).toContainText('Journal.json, line 3')
  await expect(preview(page)).toContainText('is not valid JSON')
  await expect(preview(page)).toContainText('Nothing in Journal.json can be imported')
  await preview(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(preview(page)).toHaveCount(0)
})

test('a CSV file: the detected columns can be corrected before importing', async ({ page }) => {
  await start(page)
  await chooseFiles(page, 'tests/fixtures/import/achievements.csv')
  await expect(preview(page)).toContainText('Read as CSV: 3 entries found')
  const columns = preview(page).getByRole('group', { name: 'Columns' })
  await expect(columns).toContainText('Separated by semicolons')
  await expect(columns.getByLabel('Dates written as')).toHaveValue('dmy')
  await expect(page.getByLabel('Title of entry 1')).toHaveValue(
    'Presented the Q1 roadmap to the leadership team',
  )
  await expect(preview(page)).toContainText('row 4: has a date Leadlog cannot read')

  await columns.getByLabel('Title').selectOption('Details')
  await columns.getByRole('button', { name: 'Read the file again with these columns' }).click()
  await expect(page.getByLabel('Title of entry 1')).toHaveValue(
    'Secured the decision on the data platform',
  )
  expect(await axeViolations(page, '.import-settings')).toEqual([])
})

test('“Import…” in the command palette leads to the import button', async ({ page }) => {
  await start(page)
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Type a command or a view' }).fill('import')
  await page.keyboard.press('Enter')
  await expect(
    importSection(page).getByRole('button', { name: 'Import from files…' }),
  ).toBeFocused()
})
