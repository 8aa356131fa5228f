// The Markdown renderer's quicker paths (escaping by the first character, marking bold and
// italic without a pattern, keeping the text of frozen blocks) print exactly what the
// pattern-based renderer printed before them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  escapeMarkdownInline,
  renderDocumentMarkdown,
  type Block,
  type Inline,
} from '../../../../shared/document'

/** The escaping as it was written before the quicker paths. */
function escapedBefore(text: string, lineStart = true): string {
  const escaped = /[\\`*_[\]<>|\n~&]/.test(text)
    ? text
        .replace(/\s*\r?\n\s*/g, ' ')
        .replace(/[\\`*_[\]<>|~]/g, '\\$&')
        .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    : text
  if (!lineStart) return escaped
  return escaped.replace(/^([#+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** Inline content as it was rendered before the quicker paths. */
function inlineBefore(content: readonly Inline[]): string {
  return content
    .map((part, i) => {
      if (typeof part === 'string') return escapedBefore(part, i === 0)
      const text = escapedBefore(part.text, i === 0)
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/.exec(text) ?? []
      if (!core) return text
      const mark = part.strong ? '**' : part.em ? '_' : ''
      return `${lead}${mark}${core}${mark}${trail}`
    })
    .join('')
}

// Text heavy in what the renderer treats specially: markers, digits, spaces, line breaks.
const tricky = fc
  .array(fc.constantFrom(...'#+-1234.)*_ \t\n\r\u2028\u00a0a&;~|<>[]\\`', 'ab', '12.', ' x '), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''))

const inline: fc.Arbitrary<Inline> = fc.oneof(
  tricky,
  fc.record({ text: tricky, strong: fc.boolean(), em: fc.boolean() }),
)

const render = (blocks: Block[]) =>
  renderDocumentMarkdown({
    title: 'T',
    meta: [],
    sections: [{ id: 's', title: 'S', blocks }],
    footer: 'F',
  })

describe('Markdown quicker paths', () => {
  it('escape as before, at the start of a line and inside one', () => {
    fc.assert(
      fc.property(tricky, fc.boolean(), (text, lineStart) => {
        expect(escapeMarkdownInline(text, lineStart)).toBe(escapedBefore(text, lineStart))
      }),
      { numRuns: 2000 },
    )
  })

  it('mark bold and italic text as before', () => {
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 4 }), (content) => {
        expect(render([{ type: 'paragraph', content }])).toBe(
          render([]).replace('## S\n\n', `## S\n\n${inlineBefore(content)}\n\n`),
        )
      }),
      { numRuns: 2000 },
    )
  })

  it('keep the text of a frozen block, and render an unfrozen one afresh', () => {
    const open: Block = { type: 'paragraph', content: ['before'] }
    expect(render([open])).toContain('before')
    open.content = ['after']
    expect(render([open])).toContain('after')
    const frozen = Object.freeze({ type: 'heading', text: 'Kept' } as const)
    expect(render([frozen])).toBe(render([{ type: 'heading', text: 'Kept' }]))
    expect(render([frozen])).toBe(render([{ type: 'heading', text: 'Kept' }]))
  })
  it('print a frozen run of blocks as the same blocks unfrozen, and again the same', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'One' },
      { type: 'paragraph', content: ['- not a list', { text: ' bold ', strong: true }] },
      { type: 'list', ordered: true, items: [['a'], ['b']] },
      { type: 'quote', text: 'Said\n\nwell' },
    ]
    const expected = render(blocks.slice())
    expect(expected).toBe(
      '# T\n\n## S\n\n### One\n\n\\- not a list **bold** \n\n1. a\n2. b\n\n> Said\n>\n> well\n\n---\n\n_F_\n',
    )
    const frozen = Object.freeze(blocks.map((b) => Object.freeze(b)))
    expect(render(frozen as Block[])).toBe(expected)
    expect(render(frozen as Block[])).toBe(expected)
    expect(render(Object.freeze([]) as unknown as Block[])).toBe(render([]))
  })
})
