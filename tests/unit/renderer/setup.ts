import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { setMaxListeners } from 'node:events'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// The entries table is read in 16 slices (renderer/src/data/entryPages.ts), and Dexie's
// live-query cache listens to one abort signal per slice: more than Node's warning
// threshold of 10, which browsers do not have.
setMaxListeners(32)

afterEach(() => cleanup())
