import { describe, expect, it } from 'vitest'
import { markdownToPlainText as plain } from '../../../../shared/format'

describe('markdownToPlainText', () => {
  it('leaves plain text as it is', () => {
    expect(plain('Ran the retro; 3 actions agreed.')).toBe('Ran the retro; 3 actions agreed.')
    expect(plain('')).toBe('')
  })

  it('strips emphasis and strikethrough', () => {
    expect(plain('**bold**, __strong__, *soft*, _soft_ and ~~gone~~')).toBe(
      'bold, strong, soft, soft and gone',
    )
    expect(plain('***both***')).toBe('both')
  })

  it('leaves marks that are not emphasis', () => {
    expect(plain('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4')
    expect(plain('a lone * star and a lone _ line')).toBe('a lone * star and a lone _ line')
  })

  it('keeps code as written, without its ticks', () => {
    expect(plain('run `npm test` then `a*b*c`')).toBe('run npm test then a*b*c')
    expect(plain('``a `tick` inside``')).toBe('a `tick` inside')
    expect(plain('```js\nconst **x** = 1\n```\nafter')).toBe('const **x** = 1\nafter')
    expect(plain('~~~\nfenced\n~~~')).toBe('fenced')
  })

  it('turns links and images into their text, autolinks into the address', () => {
    expect(plain('see [the plan](https://example.com/plan "Plan") now')).toBe('see the plan now')
    expect(plain('![org chart](chart.png)')).toBe('org chart')
    expect(plain('[ref link][1]\n\n[1]: https://example.com')).toBe('ref link')
    expect(plain('<https://example.com>')).toBe('https://example.com')
  })

  it('drops heading hashes, quote marks, list markers and task boxes', () => {
    expect(plain('# Title\n## Sub ##')).toBe('Title\nSub')
    expect(plain('#hashtag stays')).toBe('#hashtag stays')
    expect(plain('> quoted\n> > nested')).toBe('quoted\nnested')
    expect(plain('- one\n* two\n+ three\n1. four\n2) five')).toBe('one\ntwo\nthree\nfour\nfive')
    expect(plain('- [ ] todo\n- [x] done\n  - [X] nested')).toBe('todo\ndone\nnested')
  })

  it('drops rules and setext underlines', () => {
    expect(plain('above\n\n---\n\nbelow')).toBe('above\n\nbelow')
    expect(plain('Title\n=====\ntext')).toBe('Title\ntext')
    expect(plain('* * *')).toBe('')
  })

  it('turns a table into rows of spaced cells without the delimiter row', () => {
    const table = [
      'Ended with a licence audit.',
      '',
      '| item | seats paid | seats used |',
      '| --- | ---: | :-: |',
      '| CRM | 420 | 310 |',
      '| **BI tool** | 150 | 62 |',
      '',
      'Next.',
    ].join('\n')
    expect(plain(table)).toBe(
      [
        'Ended with a licence audit.',
        '',
        'item  seats paid  seats used',
        'CRM  420  310',
        'BI tool  150  62',
        '',
        'Next.',
      ].join('\n'),
    )
  })

  it('reads a table without outer pipes, and keeps an escaped pipe in a cell', () => {
    expect(plain('a | b\n--- | ---\nx \\| y | z')).toBe('a  b\nx | y  z')
  })

  it('keeps pipes in prose that is not a table', () => {
    expect(plain('either | or')).toBe('either | or')
  })

  it('drops HTML tags and unescapes escaped marks', () => {
    expect(plain('<b>kept</b> text<br/>')).toBe('kept text')
    expect(plain('\\*not emphasis\\* and \\# not a heading')).toBe(
      '*not emphasis* and # not a heading',
    )
  })

  it('keeps a backslash inside code', () => {
    expect(plain('`a\\*b`')).toBe('a\\*b')
  })

  it('collapses runs of blank lines and trims the ends', () => {
    expect(plain('\n\nfirst\n\n\n\nsecond  \n\n')).toBe('first\n\nsecond')
    expect(plain('one\r\ntwo')).toBe('one\ntwo')
  })
})
