// The quarterly review in browser mode: entries in, Review open, Export Markdown, and the
// downloaded file says what the journal says, without a colleague's name.
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Entry } from '../../shared/entry'
import { localIsoDate } from '../../shared/time'
import { openView } from './support/app'
import { startWithEntries } from './support/seed'

/** A win today and a moment from last quarter, with this quarter as the Review names it. */
function journal(): { entries: Entry[]; quarter: string; slug: string } {
  const now = new Date()
  const q = Math.floor(now.getMonth() / 3) + 1
  // A day in the previous quarter: the first of this quarter's month, minus one day.
  const beforeQuarter = localIsoDate(new Date(now.getFullYear(), (q - 1) * 3, 0))
  const stamp = now.toISOString()
  const base = {
    notes: '',
    people: [],
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
  }
  const entries: Entry[] = [
    {
      ...base,
      id: 'e2e-win',
      kind: 'stakeholder-win',
      title: 'Rescued the billing migration',
      occurredOn: localIsoDate(now),
      notes: 'Maria Lopez called it the smoothest cut-over she had seen.',
      competencies: ['stakeholders', 'results'],
      metric: { value: 35, unit: '%', measure: 'fewer billing tickets' },
      stakeholder: { name: 'Maria Lopez', role: 'VP Finance', level: 'executive' },
      need: 'a billing migration without customer complaints',
      delivered: 'ran a parallel billing cycle and fixed 14 mismatches before go-live',
      feedback: '"Smoothest cut-over in years," said Maria.',
    },
    {
      ...base,
      id: 'e2e-old',
      kind: 'leadership-moment',
      title: 'Last quarter roadmap workshop',
      occurredOn: beforeQuarter,
      competencies: ['strategy'],
      situation: 'No roadmap',
      task: 'Make one',
      action: 'ran a roadmap workshop',
      result: 'A roadmap',
      reflection: '',
      mode: 'leader',
    },
  ]
  return { entries, quarter: `${now.getFullYear()} Q${q}`, slug: `${now.getFullYear()}-Q${q}` }
}

/** Opens Review on that journal; returns the quarter's name and file-name slug. */
async function openReview(page: Page): Promise<{ quarter: string; slug: string }> {
  const { entries, quarter, slug } = journal()
  await startWithEntries(page, entries)
  await openView(page, 'Review')
  return { quarter, slug }
}

test('exports this quarter’s review as Markdown in two clicks, share-safe by default', async ({
  page,
}) => {
  const { quarter, slug } = await openReview(page)
  const quarterPicker = page.getByRole('combobox', { name: 'Quarter' })
  await expect(quarterPicker.locator('option:checked')).toHaveText(`${quarter} (current)`)
  await expect(page.getByRole('switch', { name: 'Share-safe' })).toBeChecked()
  const preview = page.frameLocator('iframe[title^="Preview"]')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    `Quarterly review: ${quarter}`,
  )
  await expect(preview.getByText('Rescued the billing migration').first()).toBeVisible()
  if (process.env.REVIEW_SCREENSHOTS) {
    await page.screenshot({ path: '/tmp/review-e2e-view.png', fullPage: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: '/tmp/review-e2e-dark.png', fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })
  }

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`leadlog-review-${slug}.md`)
  const markdown = await readFile((await download.path()) ?? '', 'utf8')

  expect(markdown).toContain(`# Quarterly review: ${quarter}`)
  expect(markdown).toContain('## Stakeholder wins')
  expect(markdown).toContain('### Rescued the billing migration')
  expect(markdown).toContain('35 % fewer billing tickets')
  expect(markdown).toContain('for VP Finance (executive)')
  expect(markdown).not.toMatch(/Maria|Lopez/)
  // The entry from last quarter is only counted in the comparison column.
  expect(markdown).not.toContain('Last quarter roadmap workshop')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    `leadlog-review-${slug}.md`,
  )
})

test('turning share-safe off shows names; a custom range with the end first explains itself', async ({
  page,
}) => {
  const { slug } = await openReview(page)

  await page.getByRole('switch', { name: 'Share-safe' }).uncheck()
  await expect(page.getByText('Names are shown. Keep this export to yourself.')).toBeVisible()
  const preview = page.frameLocator('iframe[title^="Preview"]')
  await expect(preview.getByText(/· for Maria Lopez \(VP Finance\)$/)).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export JSON' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`leadlog-review-${slug}.json`)
  const review = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'))
  expect(review).toMatchObject({ format: 'leadlog-review', shareSafe: false })

  await page.getByRole('radio', { name: 'Custom range' }).check()
  await page.getByLabel('From').fill('2026-06-30')
  await page.getByLabel('To (inclusive)').fill('2026-06-01')
  await expect(page.getByText('The start date is after the end date.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeDisabled()
})

test('DOCX export downloads a Word file', async ({ page }) => {
  const { slug } = await openReview(page)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export DOCX' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`leadlog-review-${slug}.docx`)
  const bytes = await readFile((await download.path()) ?? '')
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b])
})

test('the Review view has no accessibility violations in either theme', async ({ page }) => {
  await openReview(page)
  await expect(
    page.frameLocator('iframe[title^="Preview"]').getByRole('heading', { level: 1 }),
  ).toBeVisible()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    // The preview frame is sandboxed without scripts, so axe cannot run inside it (legacy
    // mode skips frames it cannot enter); the frame element itself is still checked.
    const results = await new AxeBuilder({ page })
      .include('.review')
      .options({ iframes: false })
      .setLegacyMode(true)
      .analyze()
    expect(results.passes.length).toBeGreaterThan(0)
    expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.help}`)).toEqual([])
  }
})
