// Encryption at rest as a person switches it on: afterwards no word they wrote is in the
// browser's storage (every IndexedDB store, every value, and localStorage), a reload
// shows only the lock screen, a wrong passphrase is refused, the passphrase and the
// recovery key both unlock, and an exported backup holds no word of the journal either.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { mainNav, openView } from './support/app'

const MARKER = 'Quokkamarker'
const PASSPHRASE = 'violet harbour ledger 1987 crane'

/** Every value of every IndexedDB database and store, and localStorage, as one text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const text: string[] = []
    const show = (value: unknown) =>
      JSON.stringify(value, (_key, v: unknown) =>
        v instanceof Uint8Array || v instanceof ArrayBuffer
          ? Array.from(new Uint8Array(v as ArrayBuffer))
          : v,
      )
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        text.push(`${name}/${store}: ${rows.length} rows`, ...rows.map(show))
      }
      db.close()
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!
      text.push(`localStorage ${key}: ${localStorage.getItem(key)}`)
    }
    return text.join('\n')
  })
}

async function writeEntry(page: Page): Promise<void> {
  await openView(page, 'Journal')
  await page.getByRole('button', { name: 'New entry' }).click()
  const editor = page.getByRole('form', { name: 'New entry' })
  await editor.getByLabel('Title', { exact: true }).fill(`Coached the ${MARKER} team lead`)
  await editor.getByLabel('Notes', { exact: true }).fill(`Only this entry says ${MARKER}.`)
  await expect(editor.getByRole('button', { name: 'Remove Developing people' })).toBeVisible()
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('article', { name: new RegExp(MARKER) })).toBeVisible()
}

async function turnOnEncryption(page: Page): Promise<string> {
  await openView(page, 'Settings')
  await page.getByRole('button', { name: 'Turn on encryption…' }).click()
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Continue' }).click()
  const recoveryKey = (await page.locator('.recovery-key').innerText()).trim()
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
  await page.getByRole('checkbox', { name: 'I have saved my recovery key' }).check()
  await page.getByRole('button', { name: 'Encrypt my journal' }).click()
  await expect(page.getByText('Your journal is encrypted on this computer.')).toBeVisible({
    timeout: 30_000,
  })
  return recoveryKey
}

async function unlockWith(page: Page, secret: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(secret)
  await page.getByRole('button', { name: 'Unlock' }).click()
}

test('switched on in Settings, nothing written is left readable; lock, unlock, backup', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await expect(mainNav(page)).toBeVisible()
  await writeEntry(page)
  expect(await everythingStored(page)).toContain(MARKER)

  const recoveryKey = await turnOnEncryption(page)
  await page.screenshot({ path: '/tmp/encryption-on.png', fullPage: true })
  // A new entry written while encrypted is sealed as well.
  await openView(page, 'Journal')
  await expect(page.getByRole('button', { name: new RegExp(MARKER) }).first()).toBeVisible()
  const stored = await everythingStored(page)
  expect(stored).toContain('leadlog/entries: 1 rows')
  expect(stored).not.toContain(MARKER)
  expect(stored).not.toContain('Coached')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
  await expect(mainNav(page)).toHaveCount(0)
  await expect(page.getByText(MARKER)).toHaveCount(0)
  await page.screenshot({ path: '/tmp/encryption-locked.png' })

  await unlockWith(page, 'not my passphrase at all')
  await expect(page.getByRole('alert')).toContainText('not right', { timeout: 15_000 })
  await expect(mainNav(page)).toHaveCount(0)

  await unlockWith(page, PASSPHRASE)
  await expect(mainNav(page)).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: new RegExp(MARKER) }).first()).toBeVisible()

  // Ctrl/Cmd+L locks at once; the recovery key opens it too, typed loosely.
  await page.keyboard.press('ControlOrMeta+l')
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
  await unlockWith(page, recoveryKey.toLowerCase().replaceAll('-', ' '))
  await expect(mainNav(page)).toBeVisible({ timeout: 15_000 })

  await openView(page, 'Settings')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export backup…' }).click()
  const file = await readFile(await (await download).path(), 'utf8')
  expect(file).toContain('"format": "leadlog-encrypted-backup"')
  expect(file).not.toContain(MARKER)
  expect(file).not.toContain('Coached')
})
