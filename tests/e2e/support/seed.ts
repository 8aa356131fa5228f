// Writes entries straight into the app's IndexedDB, so a spec can start from a journal
// without driving the editor (the journal editor has specs of its own).
import { expect, type Page } from '@playwright/test'
import type { Entry } from '../../../shared/entry'
import { mainNav } from './app'

/**
 * Puts the entries into the `entries` store of the app's Dexie database `leadlog`.
 * The app must already have opened the database (it renders its shell only after Dexie
 * has created the stores), and the page must be reloaded for the app to read them.
 */
export async function putEntries(page: Page, entries: readonly Entry[]): Promise<void> {
  await page.evaluate(async (rows) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('leadlog')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('entries', 'readwrite')
        for (const row of rows) tx.objectStore('entries').put(row)
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    })
  }, entries)
}

/** Opens the app, puts the entries into its database and reloads so it shows them. */
export async function startWithEntries(page: Page, entries: readonly Entry[]): Promise<void> {
  await page.goto('/')
  await expect(mainNav(page)).toBeVisible()
  await putEntries(page, entries)
  await page.reload()
}
