// Finds where and why a text is not JSON. JSON.parse's messages differ between engines
// and versions (some give a position, some do not), so the place is found here instead,
// by a small scanner that follows the JSON grammar and stops at the first mistake.

export interface JsonSyntaxProblem {
  /** 1-based line and column of the first character that cannot be read. */
  line: number
  column: number
  /** True when the text ends before the JSON is complete: a cut-off file. */
  truncated: boolean
  reason: string
}

const MAX_DEPTH = 1000

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function describeChar(char: string): string {
  if (char === '\n' || char === '\r') return 'a line break'
  if (char === '\t') return 'a tab'
  if (char === "'") return 'a single quote (JSON needs double quotes)'
  return `"${char}"`
}

function scan(text: string): void {
  const n = text.length
  let i = 0
  const atEnd = (): never => {
    throw new Stop(n, 'the text ends before the data is complete')
  }
  const stop = (reason: string): never => {
    throw new Stop(i, reason)
  }
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++
  }

  const string = () => {
    i++
    for (;;) {
      if (i >= n) atEnd()
      const char = text[i]!
      if (char === '"') return void i++
      if (char === '\\') {
        i++
        if (i >= n) atEnd()
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (i + k >= n) atEnd()
            if (!/[0-9a-fA-F]/.test(text[i + k]!)) {
              i += k
              stop('a \\u escape needs four hexadecimal digits')
            }
          }
          i += 5
        } else if ('"\\/bfnrt'.includes(text[i]!)) i++
        else stop(`${describeChar(text[i]!)} cannot follow a backslash`)
        continue
      }
      if (char < ' ') stop(`${describeChar(char)} cannot appear inside a string`)
      i++
    }
  }

  const number = () => {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    pattern.lastIndex = i
    const match = pattern.exec(text)
    if (!match) return text[i] === '-' && i + 1 >= n ? atEnd() : stop('this is not a valid number')
    i += match[0].length
    // "12." or "1e" at the very end: the number was cut.
    if (i < n && /[.eE]/.test(text[i]!) && /^[.eE][+-]?$/.test(text.slice(i))) atEnd()
  }

  const value = (depth: number): void => {
    skipSpace()
    if (i >= n) atEnd()
    if (depth > MAX_DEPTH) stop(`the data is nested more than ${MAX_DEPTH} levels deep`)
    const char = text[i]!
    if (char === '{') return container(depth, '}')
    if (char === '[') return container(depth, ']')
    if (char === '"') return string()
    if (char === '-' || (char >= '0' && char <= '9')) return number()
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length)
      if (literal.startsWith(text.slice(i, i + literal.length)) && i + literal.length > n) atEnd()
    }
    stop(`${describeChar(char)} is not where a value can start`)
  }

  const container = (depth: number, close: '}' | ']') => {
    i++
    skipSpace()
    if (text[i] === close) return void i++
    for (;;) {
      if (close === '}') {
        skipSpace()
        if (i >= n) atEnd()
        if (text[i] !== '"') stop('a property name in double quotes was expected')
        string()
        skipSpace()
        if (i >= n) atEnd()
        if (text[i] !== ':') stop('a colon (:) was expected after the property name')
        i++
      }
      value(depth + 1)
      skipSpace()
      if (i >= n) atEnd()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === close) return void i++
      stop(`a comma or "${close}" was expected`)
    }
  }

  value(0)
  skipSpace()
  if (i < n) stop('there is more text after the end of the data')
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++
      lineStart = k + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** The first syntax mistake in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  try {
    scan(text)
    return null
  } catch (error) {
    if (!(error instanceof Stop)) throw error
    return {
      ...lineAndColumn(text, error.offset),
      truncated: error.offset >= text.length,
      reason: error.reason,
    }
  }
}
