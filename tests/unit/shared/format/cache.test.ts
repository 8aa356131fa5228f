import { describe, expect, it } from 'vitest'
import { memoise } from '../../../../shared/format/cache'

describe('memoise', () => {
  it('makes a value once per key and hands back the same one after', () => {
    const made: string[] = []
    const get = memoise((key) => {
      made.push(key)
      return { key }
    })
    const first = get('en-GB')
    expect(get('en-GB')).toBe(first)
    expect(get('de-DE')).not.toBe(first)
    expect(made).toEqual(['en-GB', 'de-DE'])
  })
})
