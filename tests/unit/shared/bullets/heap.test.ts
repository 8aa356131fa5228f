import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Heap } from '../../../../shared/bullets'

describe('Heap', () => {
  it('gives items back in order, also when pushed between pops', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (initial, later) => {
        const heap = new Heap([...initial], (a, b) => a < b)
        // The reference: a plain array, taking its least item on every pop.
        const present = [...initial]
        const takeLeast = () => present.splice(present.indexOf(Math.min(...present)), 1)[0]
        for (const value of later) {
          heap.push(value)
          present.push(value)
          expect(heap.pop()).toBe(takeLeast())
        }
        while (present.length > 0) expect(heap.pop()).toBe(takeLeast())
        expect(heap.size).toBe(0)
      }),
    )
  })

  it('is empty after the last pop', () => {
    const heap = new Heap([2, 1], (a, b) => a < b)
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 2, undefined])
    expect(heap.size).toBe(0)
  })
})
