// The claim quick capture rests on: an entry saved in the quick-capture window shows in
// the main window at once, with no message from the main process, because Dexie tells
// every live query of the same origin about a committed write over a BroadcastChannel.
// Two windows are two JavaScript worlds, each with its own Dexie; here the main window is
// the app's data layer and the capture window a second, separately loaded Dexie on the
// same IndexedDB. Dexie's same-window path (a DOM event on the global object) is switched
// off, so only the BroadcastChannel can carry the news.
import { afterAll, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import type * as Dexie from 'dexie'

vi.stubGlobal('dispatchEvent', undefined)
vi.stubGlobal('addEventListener', undefined)

afterAll(() => {
  vi.unstubAllGlobals()
})

describe('a save in another window', () => {
  it('reaches the main window’s live query through the BroadcastChannel', async () => {
    expect(typeof BroadcastChannel).toBe('function')
    vi.resetModules()
    const { Dexie: MainDexie } = await import('dexie')
    const { db, DB_NAME } = await import('../../../../renderer/src/data/db')
    const { useLiveEntries } = await import('../../../../renderer/src/data/useEntries')
    await db.open()
    await db.entries.clear()

    function Titles() {
      const entries = useLiveEntries()
      return (
        <ul>
          {entries?.map((entry) => (
            <li key={entry.id}>{entry.title}</li>
          ))}
        </ul>
      )
    }
    render(<Titles />)

    // The quick-capture window: a second Dexie, as a second window loads its own. (The
    // package's entry hands every importer in one world the same Dexie, so the ES build
    // is loaded by its own path.)
    const otherBuild = 'dexie/dist/dexie.mjs'
    const { Dexie: OtherDexie } = (await import(/* @vite-ignore */ otherBuild)) as typeof Dexie
    expect(OtherDexie).not.toBe(MainDexie)
    const other = new OtherDexie(DB_NAME)
    await other.open()
    const { buildQuickEntry } = await import('../../../../renderer/src/features/capture/quickEntry')
    const stamp = new Date().toISOString()
    const entry = buildQuickEntry(
      { kind: 'leadership-moment', title: 'Saved in the other window', notes: '' },
      stamp.slice(0, 10),
      'from-capture',
    )
    await other.table('entries').put({ ...entry, createdAt: stamp, updatedAt: stamp })

    expect(await screen.findByText('Saved in the other window')).toBeInTheDocument()
    other.close()
  })
})
