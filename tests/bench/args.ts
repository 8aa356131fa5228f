// Command-line options of `npm run bench`. Unknown options are an error, so a typo
// never silently runs the wrong benchmark.
export interface BenchArgs {
  sizes: number[]
  runs: number
  out: string | null
  /** Skip the browser part (Node figures only). */
  node: boolean
  browser: boolean
  /** Reuse the build in the web folder instead of building again (for quick iterations). */
  build: boolean
  smoke: boolean
}

export const DEFAULT_SIZES = [1_000, 10_000, 100_000]

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--runs 5] [--out file.json]
       [--no-browser] [--no-node] [--no-build] [--smoke]`

function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} needs a whole number above 0\n${USAGE}`)
  return n
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    sizes: DEFAULT_SIZES,
    runs: 5,
    out: null,
    node: true,
    browser: true,
    build: true,
    smoke: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--sizes':
        args.sizes = (value() ?? '').split(',').map((s) => positiveInt(s.trim(), '--sizes'))
        break
      case '--runs':
        args.runs = positiveInt(value(), '--runs')
        break
      case '--out':
        args.out = value() ?? null
        break
      case '--no-browser':
        args.browser = false
        break
      case '--no-node':
        args.node = false
        break
      case '--no-build':
        args.build = false
        break
      case '--smoke':
        args.smoke = true
        args.sizes = [1_000]
        args.runs = 1
        break
      case '--help':
        console.log(USAGE)
        process.exit(0)
        break
      default:
        throw new Error(`Unknown option ${flag}\n${USAGE}`)
    }
  }
  args.sizes = [...new Set(args.sizes)].sort((a, b) => a - b)
  return args
}
