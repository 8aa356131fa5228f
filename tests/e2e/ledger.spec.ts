// Certifications in browser mode: with a year of learning logged, add a PMP, read the
// ledger (counted against the caps, still needed, pace), export the CSV for PMI's form,
// and claim PDUs on a new entry from the editor.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { PDU_CSV_COLUMNS } from '../../shared/pdu'
import { addDays, daysBetween } from '../../shared/time'
import { pduYear, PDU_AS_OF, PDU_CYCLE_START } from '../fixtures/pduJournal'
import { mainNav, openView } from './support/app'
import { axeViolations } from './support/axe'
import { daysAgo } from './support/days'
import { startWithEntries } from './support/seed'

// The fixture's year, moved so its last day is today: the same sums on any day it runs.
const shift = daysBetween(PDU_AS_OF, daysAgo(0))
const entries = pduYear.map((e) => ({ ...e, occurredOn: addDays(e.occurredOn, shift) }))
const cycleStart = addDays(PDU_CYCLE_START, shift)

const openCertifications = (page: Page) =>
  mainNav(page).getByRole('button', { name: 'Certifications', exact: true }).click()

async function addPmp(page: Page): Promise<void> {
  await page.getByLabel('Certification', { exact: true }).selectOption('PMP')
  await page.getByLabel('Current cycle started on').fill(cycleStart)
  await page.getByRole('button', { name: 'Add certification' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added the PMP.' })).toBeVisible()
}

test('a year of learning in the PMP ledger, and its CSV', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await startWithEntries(page, entries)
  await openCertifications(page)
  await expect(page.getByRole('heading', { name: 'Track your PMI certification' })).toBeVisible()

  // A bad date is refused where it was typed, with the reason.
  await page.getByLabel('Current cycle started on').fill('')
  await page.getByRole('button', { name: 'Add certification' }).click()
  await expect(page.getByText('Enter the day your current cycle started.')).toBeVisible()
  await addPmp(page)

  const card = page.getByRole('region', { name: 'PMP', exact: true })
  // Earned 46.75; counted 44.75 (practitioner 10 capped at 8); 60 − 44.75 = 15.25 needed.
  await expect(card.getByRole('definition').filter({ hasText: /^46\.75$/ })).toBeVisible()
  await expect(card.getByText('2 PDUs over a cap')).toBeVisible()
  await expect(card.getByRole('definition').filter({ hasText: /^15\.25$/ })).toBeVisible()
  await expect(card.getByText('On track')).toBeVisible()
  const practitioner = card.getByRole('row', { name: /of which as a practitioner/ })
  await expect(practitioner).toContainText('2 over, not counted')
  const power = card.getByRole('row', { name: /^Power Skills/ })
  await expect(power).toContainText('0.5 to go')
  await expect(card.getByRole('img', { name: /Line chart: 46\.75 PDUs earned/ })).toBeVisible()

  await page.screenshot({ path: 'test-results/ledger-light.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/ledger-dark.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })

  expect(await axeViolations(page, 'main')).toEqual([])

  const downloading = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Export CSV for PMI' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`leadlog-pdus-PMP-${cycleStart}.csv`)
  const csv = await readFile((await download.path()) ?? '', 'utf8')
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.data[0]).toEqual([...PDU_CSV_COLUMNS])
  expect(parsed.data).toHaveLength(entries.length + 1)
})

test('claiming PDUs on a new entry shows up in the ledger', async ({ page }) => {
  await startWithEntries(page, [])
  await openCertifications(page)
  await page.screenshot({ path: 'test-results/ledger-empty.png' })
  await addPmp(page)
  await openView(page, 'Journal')
  await page
    .getByRole('button', { name: /^New entry/ })
    .first()
    .click()
  await page.getByLabel('Title').fill('Negotiation course for programme leads')
  await page.getByText('PDUs for a PMI certification').click()
  await page.getByLabel('PDUs (hours)').fill('1.3')
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(page.getByText('PDUs go in quarter hours: 1, 1.25, 1.5 or 1.75.')).toBeVisible()
  await expect(
    page.getByText('Pick the Talent Triangle area or Giving Back category.'),
  ).toBeVisible()
  await page.getByLabel('PDUs (hours)').fill('3.5')
  await page.getByLabel('Category').selectOption('power-skills')
  await page.getByLabel('Provider').fill('PMI')
  await page
    .getByRole('form', { name: 'New entry' })
    .screenshot({ path: 'test-results/ledger-editor.png' })
  await page.getByRole('button', { name: /^Save/ }).click()
  await expect(page.getByText('3.5 · Power Skills')).toBeVisible()

  await openCertifications(page)
  const card = page.getByRole('region', { name: 'PMP', exact: true })
  await expect(card.getByRole('row', { name: /^Power Skills/ })).toContainText('4.5 to go')
  await expect(
    card.getByRole('button', { name: 'Negotiation course for programme leads' }),
  ).toBeVisible()
})

test('the readiness dashboard shows certification progress', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await startWithEntries(page, entries)
  await openCertifications(page)
  await addPmp(page)
  await openView(page, 'Readiness')
  await page.getByRole('radio', { name: /PMO leader/ }).check()
  await page.getByRole('button', { name: 'Use this role' }).click()
  const card = page.getByRole('region', { name: 'Certification progress' })
  // The fixture's last 90 days: 1.25 + 2 + 1.5 = 4.75 PDUs.
  await expect(card).toContainText('4.75 PDUs claimed in the last 90 days.')
  await expect(card).toContainText('PMP: 44.75 of 60 counted, on track')
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: 'test-results/ledger-readiness-card.png' })
  expect(await axeViolations(page, 'main')).toEqual([])
  await card.getByRole('button', { name: 'Open the ledger' }).click()
  await expect(page.getByRole('heading', { name: 'Certifications', level: 1 })).toBeVisible()
})
