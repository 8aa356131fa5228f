// The JSON scanner must agree with JSON.parse on what is valid, so the place it reports
// is trustworthy whatever engine produced the SyntaxError.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findJsonSyntaxError } from '../../../../shared/backup'

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull()
      }),
    )
  })

  it('agrees with JSON.parse on arbitrary and damaged text', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.nat(),
        fc.constantFrom('', '}', ']', ',', '"', ':', 'x', '\n', '\\'),
        (text, at, insert) => {
          const position = text.length ? at % text.length : 0
          const damaged = text.slice(0, position) + insert + text.slice(position + 1)
          expect(findJsonSyntaxError(damaged) === null).toBe(parses(damaged))
        },
      ),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text))
      }),
    )
  })

  it('says a cut-off text is truncated, and where', () => {
    expect(findJsonSyntaxError('{\n  "a": [1, 2')).toEqual({
      line: 2,
      column: 13,
      truncated: true,
      reason: 'the text ends before the data is complete',
    })
    for (const cut of ['{"a": tr', '{"a": "b', '{"a": 1.', '{"a": -', '[1,', '{"a"', '"\\u00']) {
      expect(findJsonSyntaxError(cut)?.truncated, cut).toBe(true)
    }
  })

  it('points at the first wrong character', () => {
    expect(findJsonSyntaxError('{"a": 1 "b": 2}')).toMatchObject({
      line: 1,
      column: 9,
      truncated: false,
    })
    expect(findJsonSyntaxError('[1, 2]\n x')).toMatchObject({ line: 2, column: 2 })
    expect(findJsonSyntaxError('{"a": "line\nbreak"}')?.reason).toBe(
      'a line break cannot appear inside a string',
    )
  })
})
