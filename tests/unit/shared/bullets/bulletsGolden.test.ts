// Golden Markdown: the sample journal's top 20 bullets for a Director of Operations, share-
// safe on and off, each with its entry's title beneath. The committed files were read
// line by line as the receiving manager would; after an intended change, regenerate with
// UPDATE_GOLDEN=1 and read the diff.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateBullets } from '../../../../shared/bullets'
import { sampleJournal } from '../../../../shared/entry'

const AS_OF = '2026-12-01'
const ROLE = 'director-ops'
const TOP = 20

function goldenMarkdown(shareSafe: boolean): string {
  const entries = sampleJournal(AS_OF)
  const titles = new Map(entries.map((entry) => [entry.id, entry.title]))
  const bullets = generateBullets(entries, { asOf: AS_OF, role: ROLE, shareSafe, limit: TOP })
  const mode = shareSafe ? 'share-safe on' : 'share-safe off (names as written)'
  const lines = [
    `# Top ${TOP} bullets: sample journal, ${ROLE}, as of ${AS_OF}, ${mode}`,
    '',
    'Each bullet, then the title of the entry it was written from.',
    '',
  ]
  for (const bullet of bullets)
    lines.push(`${bullet.rank}. ${bullet.text}`, `   — _${titles.get(bullet.entryId)}_`, '')
  return lines.join('\n')
}

describe('golden bullets', () => {
  it.each([
    ['bullets-share-safe.md', true],
    ['bullets-named.md', false],
  ])('writes the sample journal’s top bullets exactly as approved (%s)', (file, shareSafe) => {
    const golden = new URL(`../../../golden/${file}`, import.meta.url)
    const markdown = goldenMarkdown(shareSafe)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, markdown)
    expect(markdown).toBe(readFileSync(golden, 'utf8'))
  })
})
