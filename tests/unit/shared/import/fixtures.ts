// The import fixtures (tests/fixtures/import), written from each format's documentation,
// read as the files a user would choose.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ImportFile } from '../../../../shared/import'

const root = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url))

export function fixture(path: string): ImportFile {
  return { name: path.split('/').pop()!, text: readFileSync(root + path, 'utf8') }
}

export const AS_OF = '2026-12-01'
