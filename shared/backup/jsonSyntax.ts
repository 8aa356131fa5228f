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

/**
 * Reads JSON the way the grammar says and throws a Stop at the first mistake. One method
 * per part of the grammar: a value, an object or array, a string, a number.
 */
class Scanner {
  private i = 0
  private readonly n: number

  constructor(private readonly text: string) {
    this.n = text.length
  }

  /** The whole text: one value, nothing after it but white space. */
  document(): void {
    this.value(0)
    this.skipSpace()
    if (this.i < this.n) this.stop('there is more text after the end of the data')
  }

  private atEnd(): never {
    throw new Stop(this.n, 'the text ends before the data is complete')
  }

  private stop(reason: string): never {
    throw new Stop(this.i, reason)
  }

  private skipSpace(): void {
    const { text, n } = this
    while (
      this.i < n &&
      (text[this.i] === ' ' ||
        text[this.i] === '\t' ||
        text[this.i] === '\n' ||
        text[this.i] === '\r')
    )
      this.i++
  }

  private value(depth: number): void {
    const { text, n } = this
    this.skipSpace()
    if (this.i >= n) this.atEnd()
    if (depth > MAX_DEPTH) this.stop(`the data is nested more than ${MAX_DEPTH} levels deep`)
    const char = text[this.i]!
    if (char === '{') return this.container(depth, '}')
    if (char === '[') return this.container(depth, ']')
    if (char === '"') return this.string()
    if (char === '-' || (char >= '0' && char <= '9')) return this.number()
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, this.i)) return void (this.i += literal.length)
      if (
        literal.startsWith(text.slice(this.i, this.i + literal.length)) &&
        this.i + literal.length > n
      )
        this.atEnd()
    }
    this.stop(`${describeChar(char)} is not where a value can start`)
  }

  private container(depth: number, close: '}' | ']'): void {
    const { text, n } = this
    this.i++
    this.skipSpace()
    if (text[this.i] === close) return void this.i++
    for (;;) {
      if (close === '}') this.propertyName()
      this.value(depth + 1)
      this.skipSpace()
      if (this.i >= n) this.atEnd()
      if (text[this.i] === ',') {
        this.i++
        continue
      }
      if (text[this.i] === close) return void this.i++
      this.stop(`a comma or "${close}" was expected`)
    }
  }

  /** An object member's name and its colon. */
  private propertyName(): void {
    const { text, n } = this
    this.skipSpace()
    if (this.i >= n) this.atEnd()
    if (text[this.i] !== '"') this.stop('a property name in double quotes was expected')
    this.string()
    this.skipSpace()
    if (this.i >= n) this.atEnd()
    if (text[this.i] !== ':') this.stop('a colon (:) was expected after the property name')
    this.i++
  }

  private string(): void {
    const { text, n } = this
    this.i++
    for (;;) {
      if (this.i >= n) this.atEnd()
      const char = text[this.i]!
      if (char === '"') return void this.i++
      if (char === '\\') {
        this.escape()
        continue
      }
      if (char < ' ') this.stop(`${describeChar(char)} cannot appear inside a string`)
      this.i++
    }
  }

  /** A backslash and what follows it, inside a string. */
  private escape(): void {
    const { text, n } = this
    this.i++
    if (this.i >= n) this.atEnd()
    if (text[this.i] === 'u') {
      for (let k = 1; k <= 4; k++) {
        if (this.i + k >= n) this.atEnd()
        if (!/[0-9a-fA-F]/.test(text[this.i + k]!)) {
          this.i += k
          this.stop('a \\u escape needs four hexadecimal digits')
        }
      }
      this.i += 5
    } else if ('"\\/bfnrt'.includes(text[this.i]!)) this.i++
    else this.stop(`${describeChar(text[this.i]!)} cannot follow a backslash`)
  }

  private number(): void {
    const { text, n } = this
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    pattern.lastIndex = this.i
    const match = pattern.exec(text)
    if (!match) {
      if (text[this.i] === '-' && this.i + 1 >= n) this.atEnd()
      this.stop('this is not a valid number')
    }
    this.i += match[0].length
    // "12." or "1e" at the very end: the number was cut.
    if (this.i < n && /[.eE]/.test(text[this.i]!) && /^[.eE][+-]?$/.test(text.slice(this.i)))
      this.atEnd()
  }
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
    new Scanner(text).document()
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
