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
  expect(markdown).toContain('35% fewer billing tickets')
  expect(markdown).toContain('for the VP Finance')
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
  await expect(preview.getByText(/· for Maria Lopez, VP Finance$/)).toBeVisible()

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

test('the user’s own words open and close the review, in the preview and the Markdown', async ({
  page,
}) => {
  await openReview(page)
  const words = page.getByRole('region', { name: 'Your words' })
  await expect(words).toContainText('Nothing written for')
  await words
    .getByRole('textbox', { name: 'Opening summary' })
    .fill('The billing migration landed without a single customer complaint.')
  await words
    .getByRole('textbox', { name: 'What I need' })
    .fill('A decision on the second analyst role by March.')
  await words.getByRole('button', { name: 'Add a goal' }).click()
  await words.getByRole('textbox', { name: 'Goal 1' }).fill('Run the Q1 planning offsite')
  await expect(words.getByRole('status')).toHaveText('Saved')

  const preview = page.frameLocator('iframe[title^="Preview"]')
  await expect(preview.getByText('without a single customer complaint')).toBeVisible()
  await expect(preview.getByText('A decision on the second analyst role by March.')).toBeVisible()
  await expect(preview.getByText('Run the Q1 planning offsite')).toBeVisible()
  if (process.env.REVIEW_SCREENSHOTS) {
    for (const [width, height] of [
      [1400, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: `/tmp/review-words-${width}.png`, fullPage: true })
    }
  }

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const markdown = await readFile((await (await downloading).path()) ?? '', 'utf8')
  expect(markdown).toContain('The billing migration landed without a single customer complaint.')
  expect(markdown).toContain('A decision on the second analyst role by March.')
  expect(markdown).toContain('Run the Q1 planning offsite')

  // The words are kept with the journal: a reload brings them back.
  await page.reload()
  await openView(page, 'Review')
  await expect(page.getByRole('textbox', { name: 'Goal 1' })).toHaveValue(
    'Run the Q1 planning offsite',
  )
})

/** Three bullets this quarter: one to edit, one to hide and one to pin. */
function threeBullets(): Entry[] {
  const { entries } = journal()
  const win = entries[0]!
  const today = win.occurredOn
  const moment = {
    ...entries[1]!,
    kind: 'leadership-moment' as const,
    occurredOn: today,
    mode: 'leader' as const,
    reflection: '',
  }
  return [
    win,
    {
      ...moment,
      id: 'e2e-vendor',
      title: 'Reset the hosting contract',
      competencies: ['business', 'results'],
      situation: 'Hosting costs had doubled in a year.',
      task: 'Bring them back under budget.',
      action: 'renegotiated the hosting contract and moved two services to reserved capacity',
      result: 'Hosting costs fell by a fifth',
      metric: { value: 20, unit: '%', measure: 'lower hosting costs' },
    },
    {
      ...moment,
      id: 'e2e-coach',
      title: 'Coached the new analyst',
      competencies: ['people'],
      situation: 'A new analyst joined before quarter-end.',
      task: 'Get her ready to run a close.',
      action: 'coached the new analyst through her first quarter-end close',
      result: 'She ran the next close on her own',
    },
  ]
}

test('bullet edits, hides and pins made in Bullets reach the review', async ({ page }) => {
  await startWithEntries(page, threeBullets())
  await openView(page, 'Bullets')
  const list = page.getByRole('list', { name: 'Ranked bullets' })
  const card = (title: string) =>
    list.getByRole('listitem', { name: /^Bullet \d+$/ }).filter({ hasText: title })

  const vendor = card('Reset the hosting contract')
  await vendor.getByRole('button', { name: 'Edit' }).click()
  await vendor
    .getByRole('textbox', { name: 'Bullet text' })
    .fill('Cut hosting costs by 20% by renegotiating the contract')
  await vendor.getByRole('button', { name: 'Save bullet' }).click()
  await expect(vendor.getByText('Edited', { exact: true })).toBeVisible()
  const coach = card('Coached the new analyst')
  await coach.getByRole('button', { name: 'Hide' }).click()
  await expect(coach).toHaveCount(0)
  await expect(page.getByText('Show hidden (1)')).toBeVisible()
  const win = card('Rescued the billing migration')
  await win.getByRole('button', { name: 'Pin' }).click()
  await expect(win.getByText('Pinned', { exact: true })).toBeVisible()

  await openView(page, 'Review')
  const highlights = page
    .frameLocator('iframe[title^="Preview"]')
    .getByRole('region', { name: 'Highlights' })
    .getByRole('listitem')
  await expect(highlights).toHaveCount(2)
  await expect(highlights.first()).toContainText('billing')
  await expect(highlights.nth(1)).toContainText(
    'Cut hosting costs by 20% by renegotiating the contract',
  )
  await expect(highlights.filter({ hasText: 'analyst' })).toHaveCount(0)
})
