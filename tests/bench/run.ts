// `npm run bench`: measures the engines in Node and the app in Chromium at 1,000, 10,000
// and 100,000 entries, prints one table and writes the same figures as JSON.
// `npm run bench:smoke` runs it once at 1,000 entries so it cannot rot; it never judges.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, resolve } from 'node:path'
import { parseArgs } from './args'
import { emptyFigures, verdict } from './figures'
import { benchJournal } from './journal'
import { describeMachine } from './machine'
import { runNodeBench } from './nodeBench'
import { renderTable } from './table'
import type { Entry } from '../../shared/entry'

const ROOT = resolve(import.meta.dirname, '../..')
const log = (line: string) => process.stderr.write(`${line}\n`)

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const startedAt = new Date()
  const machine = describeMachine()
  const figures = emptyFigures()
  log(`Leadlog benchmark: sizes ${args.sizes.join(', ')}, ${args.runs} runs each`)

  const cache = new Map<number, Entry[]>()
  const journals = (size: number): Entry[] => {
    if (!cache.has(size)) cache.set(size, benchJournal(size))
    return cache.get(size)!
  }

  if (args.node) {
    log('Node part')
    await runNodeBench(figures, journals, args.sizes, args.runs, log)
  }
  cache.clear()
  if (args.browser) {
    log('Browser part')
    const { runBrowserBench } = await import('./browser/browserBench')
    await runBrowserBench(figures, { ...args, root: ROOT, log })
  }

  const table = renderTable(figures, args.sizes, machine)
  console.log(table)
  const out = resolve(
    ROOT,
    args.out ??
      `tests/bench/results/bench-${startedAt.toISOString().slice(0, 19).replace(/:/g, '')}.json`,
  )
  mkdirSync(dirname(out), { recursive: true })
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: Math.round(os.loadavg()[0]! * 100) / 100 },
    options: { sizes: args.sizes, runs: args.runs, smoke: args.smoke },
    figures: figures.map((f) => ({ ...f, verdict: verdict(f) || undefined })),
  }
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  log(`Wrote ${out}`)
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
