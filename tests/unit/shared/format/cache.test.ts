import { describe, expect, it } from 'vitest'
import { memoise, memoiseByObject } from '../../../../shared/format/cache'

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

describe('memoiseByObject', () => {
  it('makes a value once per object, not per equal object', () => {
    const made: string[] = []
    const get = memoiseByObject((entry: { id: string }) => {
      made.push(entry.id)
      return { of: entry.id }
    })
    const entry = { id: 'a' }
    const first = get(entry)
    expect(get(entry)).toBe(first)
    // An edit is a new object: worked out again, even with the same contents.
    expect(get({ id: 'a' })).not.toBe(first)
    expect(made).toEqual(['a', 'a'])
  })
})
