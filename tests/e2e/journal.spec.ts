// The journal as a person uses it: log each kind, find an entry by a word in its notes,
// delete and undo, and lose nothing to a reload. Driven by accessible names only.
import { expect, test, type Page } from '@playwright/test'
import type { Entry } from '../../shared/entry'
import { axeViolations } from './support/axe'
import { putEntries } from './support/seed'

async function openJournal(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Journal', exact: true })).toBeVisible()
}

interface NewEntry {
  kind: 'Leadership moment' | 'Difficult conversation' | 'Stakeholder win'
  title: string
  competency: string
  notes?: string
  fields?: Record<string, string>
}

async function createEntry(page: Page, entry: NewEntry): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click()
  const editor = page.getByRole('form', { name: 'New entry' })
  await editor.getByLabel('Kind', { exact: true }).selectOption(entry.kind)
  await editor.getByLabel('Title', { exact: true }).fill(entry.title)
  if (entry.fields) {
    // The guided questions wait behind "Details", which stays open once opened.
    const details = editor.getByRole('button', { name: 'Details' })
    if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click()
    for (const [label, value] of Object.entries(entry.fields)) {
      await editor.getByLabel(label, { exact: true }).fill(value)
    }
  }
  if (entry.notes) await editor.getByLabel('Notes', { exact: true }).fill(entry.notes)
  await editor.getByRole('button', { name: 'All competencies' }).click()
  await editor.getByRole('checkbox', { name: entry.competency }).check()
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('article', { name: entry.title })).toBeVisible()
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' })

/** Entries of all three kinds over about four years; entry i alone says `Marker{i}`. */
function generatedEntries(count: number): Entry[] {
  const kinds = ['leadership-moment', 'difficult-conversation', 'stakeholder-win'] as const
  const words = ['roadmap', 'budget', 'vendor', 'migration', 'coaching', 'steering', 'audit']
  const stamp = new Date().toISOString()
  const now = Date.now()
  return Array.from({ length: count }, (_, i): Entry => {
    const w = words[i % words.length]!
    const base = {
      id: `gen-${i}`,
      title: `${w} review #${i}`,
      occurredOn: new Date(now - (i % 1500) * 86_400_000).toISOString().slice(0, 10),
      notes: `Generated entry about the ${w}. Marker${i} appears only here.`,
      competencies: ['results' as const],
      people: [],
      tags: [w],
      createdAt: stamp,
      updatedAt: stamp,
    }
    const kind = kinds[i % 3]!
    if (kind === 'leadership-moment') {
      return {
        ...base,
        kind,
        situation: '',
        task: '',
        action: '',
        result: '',
        reflection: '',
        mode: 'leader',
      }
    }
    if (kind === 'difficult-conversation') {
      return {
        ...base,
        kind,
        counterpart: { name: 'Sam', level: 'peer' },
        topic: w,
        preparation: '',
        whatISaid: '',
        outcome: 'resolved',
        lesson: '',
        resumeWorthy: false,
      }
    }
    return {
      ...base,
      kind,
      stakeholder: { name: 'Ana', level: 'senior' },
      need: '',
      delivered: '',
      feedback: '',
    }
  })
}

/** Conversations from today, each with a follow-up due today. */
function dueFollowUps(count: number): Entry[] {
  const stamp = new Date().toISOString()
  const today = stamp.slice(0, 10)
  return Array.from({ length: count }, (_, i): Entry => ({
    id: `due-${i}`,
    kind: 'difficult-conversation',
    title: `Follow up with team member ${i}`,
    occurredOn: today,
    notes: '',
    competencies: ['conflict'],
    people: [],
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    counterpart: { name: `Person ${i}`, level: 'peer' },
    topic: 'workload',
    preparation: '',
    whatISaid: '',
    outcome: 'in-progress',
    lesson: '',
    resumeWorthy: false,
    followUpOn: today,
  }))
}

test('logs one entry of each kind and finds all three after a reload', async ({ page }) => {
  await openJournal(page)
  await createEntry(page, {
    kind: 'Leadership moment',
    title: 'Ran the roadmap workshop',
    competency: 'Strategic thinking',
    fields: {
      Situation: 'Three teams with clashing plans',
      Action: 'Facilitated a half-day workshop',
    },
  })
  await createEntry(page, {
    kind: 'Difficult conversation',
    title: 'Told the vendor the deadline holds',
    competency: 'Difficult conversations',
    fields: {
      Topic: 'Missed milestones',
      'What I said': 'When the build slipped twice, the launch moved.',
    },
  })
  await createEntry(page, {
    kind: 'Stakeholder win',
    title: 'Month-end close two days faster',
    competency: 'Stakeholder leadership',
    fields: { 'Their feedback': '"Best close we have had," said the CFO.' },
  })

  await page.reload()
  for (const title of [
    'Ran the roadmap workshop',
    'Told the vendor the deadline holds',
    'Month-end close two days faster',
  ]) {
    await expect(timeline(page).getByRole('button', { name: new RegExp(title) })).toBeVisible()
  }
  await expect(page.getByText('3 entries', { exact: true })).toBeVisible()
})

test('search finds an entry by a word in its notes and highlights it', async ({ page }) => {
  await openJournal(page)
  await createEntry(page, {
    kind: 'Leadership moment',
    title: 'Coached Priya on estimates',
    competency: 'Developing people',
    notes: 'We walked through the **reforecasting** spreadsheet together.',
  })
  await createEntry(page, {
    kind: 'Stakeholder win',
    title: 'Steering committee approved phase two',
    competency: 'Stakeholder leadership',
  })

  await page.getByRole('searchbox', { name: 'Search' }).fill('reforecast')
  const hit = timeline(page).getByRole('button', { name: /Coached Priya/ })
  await expect(hit).toBeVisible()
  await expect(hit.locator('mark')).toContainText(/reforecast/i)
  await expect(timeline(page).getByRole('button', { name: /Steering committee/ })).toHaveCount(0)
  await expect(page.getByText('1 of 2 entries match')).toBeVisible()
})

test('delete moves an entry to the trash and Undo brings it back', async ({ page }) => {
  await openJournal(page)
  await createEntry(page, {
    kind: 'Stakeholder win',
    title: 'Audit closed with no findings',
    competency: 'Process and governance',
  })
  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'to the trash' })).toBeVisible()
  await expect(timeline(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(timeline(page).getByRole('button', { name: /Audit closed/ })).toBeVisible()
  await expect(page.getByRole('article', { name: 'Audit closed with no findings' })).toBeVisible()

  // Delete again and restore from the Trash view this time.
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('button', { name: 'Trash (1)' }).click()
  await expect(page.getByText('30 days left')).toBeVisible()
  await page.getByRole('button', { name: 'Restore Audit closed with no findings' }).click()
  await expect(timeline(page).getByRole('button', { name: /Audit closed/ })).toBeVisible()
})

test('a draft survives a reload and is cleared after saving', async ({ page }) => {
  await openJournal(page)
  await page.getByRole('button', { name: 'New entry' }).click()
  await page.getByLabel('Kind', { exact: true }).selectOption('Difficult conversation')
  await page.getByLabel('Title', { exact: true }).fill('Feedback to Sam about status reports')
  await page.getByRole('button', { name: 'Details' }).click()
  await page
    .getByLabel('What I said', { exact: true })
    .fill('In Monday’s steering meeting the report')
  // Reload at once: the page-hide flush, not the debounce, has to keep the text.
  await page.reload()

  await expect(page.getByText('Restored your unsaved draft.')).toBeVisible()
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('difficult-conversation')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
    'Feedback to Sam about status reports',
  )
  await expect(page.getByLabel('What I said', { exact: true })).toHaveValue(
    'In Monday’s steering meeting the report',
  )

  // Restored with Details open, and the competencies still chosen from the words.
  await expect(page.getByRole('button', { name: 'Details' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(page.getByRole('button', { name: 'Remove Difficult conversations' })).toBeVisible()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(
    page.getByRole('article', { name: 'Feedback to Sam about status reports' }),
  ).toBeVisible()
  await page.reload()
  await expect(page.getByText('Restored your unsaved draft.')).toHaveCount(0)
  await expect(timeline(page).getByRole('button', { name: /Feedback to Sam/ })).toBeVisible()
})

test('Escape with unsaved changes asks before discarding', async ({ page }) => {
  await openJournal(page)
  await page.getByRole('button', { name: 'New entry' }).click()
  await page.getByLabel('Title', { exact: true }).fill('Half a thought')
  await page.keyboard.press('Escape')
  const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Keep editing' }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Half a thought')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Discard' }).click()
  await expect(page.getByRole('form', { name: 'New entry' })).toHaveCount(0)
})

test('a due follow-up shows at the top until marked done', async ({ page }) => {
  await openJournal(page)
  await page.getByRole('button', { name: 'New entry' }).click()
  await page.getByLabel('Kind', { exact: true }).selectOption('Difficult conversation')
  await page.getByLabel('Title', { exact: true }).fill('Asked Jo to own the risk log')
  const today = await page.getByLabel('Date', { exact: true }).inputValue()
  await page.getByRole('button', { name: 'Details' }).click()
  await page.getByLabel('Follow up on', { exact: true }).fill(today)
  await page.getByRole('button', { name: 'Save' }).click()

  const due = page.getByRole('region', { name: 'A follow-up is due' })
  await expect(due).toContainText('Asked Jo to own the risk log')
  await due.getByRole('button', { name: 'Mark done' }).click()
  await expect(due).toHaveCount(0)
  await page.reload()
  await expect(timeline(page).getByRole('button', { name: /Asked Jo/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'A follow-up is due' })).toHaveCount(0)
})

test('the sample journal loads, is marked, and goes away in one click', async ({ page }) => {
  await openJournal(page)
  await page.getByRole('button', { name: 'Load sample journal' }).click()
  await expect(page.getByRole('region', { name: 'Sample journal' })).toContainText(
    'Sample journal.',
  )
  await expect(timeline(page).getByText('Sample').first()).toBeVisible()
  await page.getByRole('button', { name: 'Remove sample entries' }).click()
  await expect(page.getByRole('heading', { name: 'Start your leadership journal' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Sample journal' })).toHaveCount(0)
})

test('10,000 entries open, scroll and search', async ({ page }, testInfo) => {
  await openJournal(page)
  await putEntries(page, generatedEntries(10_000))
  await page.reload()
  await expect(page.getByText('10,000 entries')).toBeVisible()
  // Only a window of rows is in the DOM, however long the journal is.
  expect(await timeline(page).getByRole('button').count()).toBeLessThan(60)

  await timeline(page).evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2
  })
  await expect(timeline(page).getByRole('button').first()).not.toHaveAccessibleName(/#0\b/)

  await page.getByRole('searchbox', { name: 'Search' }).fill('marker4242')
  await expect(timeline(page).getByRole('button').first()).toHaveAccessibleName(/#4242\b/)
  await page.screenshot({ path: testInfo.outputPath('journal-10k-search.png') })
})

test('the journal has no accessibility violations in its main states', async ({ page }) => {
  const violations = () => axeViolations(page, '.journal')
  await openJournal(page)
  expect(await violations()).toEqual([])
  await createEntry(page, {
    kind: 'Stakeholder win',
    title: 'Budget approved a week early',
    competency: 'Business and financial acumen',
    notes: 'The **budget** deck did the work.',
  })
  expect(await violations()).toEqual([])
  await page.getByRole('searchbox', { name: 'Search' }).fill('budget')
  await expect(timeline(page).locator('mark').first()).toBeVisible()
  expect(await violations()).toEqual([])
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('button', { name: 'Save' }).focus()
  expect(await violations()).toEqual([])
  // With everything open: the full competency list and the details.
  await page.getByRole('button', { name: 'All competencies' }).click()
  await page.getByRole('button', { name: 'Details' }).click()
  await expect(page.getByLabel('Their feedback', { exact: true })).toBeVisible()
  expect(await violations()).toEqual([])
})

test('arrow keys move through the timeline', async ({ page }) => {
  await openJournal(page)
  await createEntry(page, {
    kind: 'Leadership moment',
    title: 'First',
    competency: 'Strategic thinking',
  })
  await createEntry(page, {
    kind: 'Leadership moment',
    title: 'Second',
    competency: 'Strategic thinking',
  })
  const rows = timeline(page).getByRole('button')
  await rows.first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(rows.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('article')).toHaveCount(1)
})

test('many due follow-ups leave the timeline its room', async ({ page }, testInfo) => {
  await openJournal(page)
  await putEntries(page, dueFollowUps(25))
  await page.reload()
  const due = page.getByRole('region', { name: '25 follow-ups are due' })
  await expect(due.getByRole('button', { name: /^Mark done/ })).toHaveCount(3)
  await expect(
    timeline(page)
      .getByRole('button', { name: /team member/ })
      .first(),
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('journal-follow-ups-collapsed.png') })

  await due.getByRole('button', { name: 'Show all 25' }).click()
  await expect(due.getByRole('button', { name: /^Mark done/ })).toHaveCount(25)
  await expect(
    timeline(page)
      .getByRole('button', { name: /team member/ })
      .first(),
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('journal-follow-ups-all.png') })
})
