// Every Markdown and text export escapes entry text (issue 18): what a user typed prints
// as written and never becomes markup, a link, a new bullet or reordered text.
import { describe, expect, it } from 'vitest'
import { escapeMarkdownInline, plainTextLine } from '../../../../shared/document'
import { formatBullets } from '../../../../renderer/src/features/bullets/exportBullets'

describe('Markdown escaping', () => {
  it('escapes strikethrough and character references, leaving a plain ampersand alone', () => {
    expect(escapeMarkdownInline('~~gone~~ R&D &copy; &#169;')).toBe(
      '\\~\\~gone\\~\\~ R&D \\&copy; \\&#169;',
    )
  })
})

describe('bullets exported as Markdown', () => {
  it('prints markup, links and block markers from an entry as written', () => {
    const md = formatBullets(
      [
        'Cut *costs* by 18 % [see](javascript:alert(1))',
        '# Not a heading',
        '1. Not a numbered list',
        'Led <b>the</b> team\nacross two lines',
      ],
      'markdown',
    )
    expect(md).toBe(
      [
        '# Resume bullets',
        '',
        '- Cut \\*costs\\* by 18 % \\[see\\](javascript:alert(1))',
        '- \\# Not a heading',
        '- 1\\. Not a numbered list',
        '- Led \\<b\\>the\\</b\\> team across two lines',
        '',
      ].join('\n'),
    )
  })
})

describe('plain text exports', () => {
  it('fold line breaks and drop control characters and bidi overrides', () => {
    expect(plainTextLine('Saved\u202e$1M\u202c for the\r\nclient\u0007\u0000')).toBe(
      'Saved$1M for the client',
    )
    expect(formatBullets(['one\n• two', '  '], 'text')).toBe('• one • two\n')
  })
})
