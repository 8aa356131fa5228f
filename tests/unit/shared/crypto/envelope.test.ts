// One sealed value: its exact layout (pinned, and checked against Node's own AES-GCM), and
// that any value comes back while any change to it, or to its place, is refused.
import { createCipheriv, webcrypto } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  importAesKey,
  isSealedValue,
  openValue,
  randomKeyBytes,
  recordAad,
  SealError,
  sealedFromText,
  sealedToText,
  sealValue,
  type SealedValue,
} from '../../../../shared/crypto'

const RAW_KEY = Uint8Array.from({ length: 32 }, (_, i) => i)
const FIXED_IV = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i)
const KAT_VALUE = {
  title: 'Led the month-end close',
  metric: { value: 18, unit: '%' },
  tags: ['finance', 'café'],
}
const KAT_TEXT =
  'v1.oKGio6Slpqeoqaqr.nToIRDGnZ51YR8u2Y1q0thWMNH/8wypB+WBCphzHGnK3VGvdwkcnTzb/JvJyWPWYK24jaljhIlJjK2U30FK/kpGe+EMS0YWHh8DFQ62opdSsZcjB5+27GY8T/TOTxzAANKAuQpd8kFWhmo5qGN3x'

const key = await importAesKey(RAW_KEY)
const otherKey = await importAesKey(randomKeyBytes())

/** JSON drops -0 and undefined in objects; what comes back is the value as JSON says it. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof SealError) return error.reason
    throw error
  }
  return 'opened'
}

const entryLike = fc.record({
  id: fc.string({ minLength: 1, maxLength: 100 }),
  kind: fc.constantFrom('leadership-moment', 'difficult-conversation', 'stakeholder-win'),
  title: fc.string({ unit: 'grapheme', maxLength: 300 }),
  occurredOn: fc.constant('2026-03-14'),
  notes: fc.string({ unit: 'binary', maxLength: 2000 }),
  people: fc.array(
    fc.record({ name: fc.string({ unit: 'grapheme-composite' }), level: fc.nat(6) }),
    { maxLength: 5 },
  ),
  tags: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 10 }),
  metric: fc.option(fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }) }), {
    nil: undefined,
  }),
})

const table = fc.constantFrom('entries', 'people', 'narratives', 'settings', 'bulletEdits')
const id = fc.string({ minLength: 1, maxLength: 100 })

describe('the sealed value format', () => {
  it('is pinned: a fixed key, IV, value and place give this exact text', async () => {
    const sealed = await sealValue(key, KAT_VALUE, recordAad('entries', 'kat-1'), FIXED_IV)
    expect(sealedToText(sealed)).toBe(KAT_TEXT)
    expect(await openValue(key, sealedFromText(KAT_TEXT), 'leadlog/v1/entries/kat-1')).toEqual(
      KAT_VALUE,
    )
  })

  it('is AES-256-GCM: ciphertext then tag, as Node computes it independently', () => {
    const cipher = createCipheriv('aes-256-gcm', RAW_KEY, FIXED_IV)
    cipher.setAAD(Buffer.from('leadlog/v1/entries/kat-1', 'utf8'))
    const body = cipher.update(JSON.stringify(KAT_VALUE), 'utf8')
    const ctAndTag = Buffer.concat([body, cipher.final(), cipher.getAuthTag()])
    const [version, iv, ct] = KAT_TEXT.split('.')
    expect(version).toBe('v1')
    expect(Buffer.from(iv!, 'base64')).toEqual(Buffer.from(FIXED_IV))
    expect(Buffer.from(ct!, 'base64')).toEqual(ctAndTag)
  })

  it('has the shape { v: 1, iv: 12 bytes, ct: value + 16-byte tag }', async () => {
    const sealed = await sealValue(key, 'abc', recordAad('entries', 'x'))
    expect(sealed.v).toBe(1)
    expect(sealed.iv).toBeInstanceOf(Uint8Array)
    expect(sealed.iv).toHaveLength(12)
    expect(sealed.ct).toHaveLength('"abc"'.length + 16)
  })

  it('places a record by table and id', () => {
    expect(recordAad('entries', 'e-1')).toBe('leadlog/v1/entries/e-1')
    expect(() => recordAad('a/b', 'c')).toThrow(RangeError)
    expect(() => recordAad('', 'c')).toThrow(RangeError)
  })
})

describe('importAesKey', () => {
  it('makes a 256-bit AES-GCM key that cannot be read back', async () => {
    expect(key.extractable).toBe(false)
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 })
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt'])
    await expect(webcrypto.subtle.exportKey('raw', key as webcrypto.CryptoKey)).rejects.toThrow()
  })

  it('refuses a key that is not 32 bytes', () => {
    expect(() => importAesKey(new Uint8Array(16))).toThrow(RangeError)
  })
})

describe('sealValue and openValue', () => {
  it('give back any JSON value, also through the text form', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), table, id, async (value, t, i) => {
        const sealed = await sealValue(key, value, recordAad(t, i))
        expect(await openValue(key, sealed, recordAad(t, i))).toEqual(asJson(value))
        const again = sealedFromText(sealedToText(sealed))
        expect(await openValue(key, again, recordAad(t, i))).toEqual(asJson(value))
      }),
    )
  })

  it('give back any entry-like object with unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(entryLike, async (entry) => {
        const aad = recordAad('entries', entry.id)
        const sealed = await sealValue(key, entry, aad)
        expect(await openValue(key, sealed, aad)).toEqual(asJson(entry))
        expect(await openValue(key, sealedFromText(sealedToText(sealed)), aad)).toEqual(
          asJson(entry),
        )
      }),
    )
  })

  it('use a fresh IV for every seal', async () => {
    const aad = recordAad('entries', 'same')
    const sealed = await Promise.all(Array.from({ length: 200 }, () => sealValue(key, 1, aad)))
    const ivs = new Set(sealed.map((s) => Buffer.from(s.iv).toString('hex')))
    expect(ivs.size).toBe(200)
    expect(new Set(sealed.map((s) => Buffer.from(s.ct).toString('hex'))).size).toBe(200)
  })

  it('refuse any single flipped bit of the IV or the ciphertext', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.boolean(),
        fc.nat(),
        fc.nat(7),
        async (value, inIv, at, bit) => {
          const aad = recordAad('entries', 'e-1')
          const sealed = await sealValue(key, value, aad)
          const iv = sealed.iv.slice()
          const ct = sealed.ct.slice()
          const target = inIv ? iv : ct
          target[at % target.length]! ^= 1 << bit
          expect(await reason(openValue(key, { v: 1, iv, ct }, aad))).toBe('wrong-key-or-tampered')
        },
      ),
    )
  })

  it('refuse a record moved to another id or another table', async () => {
    await fc.assert(
      fc.asyncProperty(table, id, table, id, fc.jsonValue(), async (t1, i1, t2, i2, value) => {
        fc.pre(t1 !== t2 || i1 !== i2)
        const sealed = await sealValue(key, value, recordAad(t1, i1))
        expect(await reason(openValue(key, sealed, recordAad(t2, i2)))).toBe(
          'wrong-key-or-tampered',
        )
      }),
    )
  })

  it('refuse another key, in plain words', async () => {
    const aad = recordAad('entries', 'e-1')
    const sealed = await sealValue(key, { title: 'x' }, aad)
    const error = await openValue(otherKey, sealed, aad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SealError)
    expect(error).toMatchObject({
      reason: 'wrong-key-or-tampered',
      message: 'This record was changed outside Leadlog, or it was sealed with another key.',
    })
  })

  it('refuse an unknown version and a broken shape', async () => {
    const aad = recordAad('entries', 'e-1')
    const sealed = await sealValue(key, 1, aad)
    const v2 = { ...sealed, v: 2 } as unknown as SealedValue
    expect(await reason(openValue(key, v2, aad))).toBe('unknown-version')
    const shortIv = { ...sealed, iv: sealed.iv.subarray(0, 8) }
    expect(await reason(openValue(key, shortIv, aad))).toBe('malformed')
    const noCt = { v: 1, iv: sealed.iv } as unknown as SealedValue
    expect(await reason(openValue(key, noCt, aad))).toBe('malformed')
  })

  it('seal only JSON values', async () => {
    await expect(sealValue(key, undefined, 'x')).rejects.toThrow(TypeError)
  })
})

describe('isSealedValue', () => {
  it('tells a sealed value from anything else', async () => {
    const sealed = await sealValue(key, 1, 'x')
    expect(isSealedValue(sealed)).toBe(true)
    expect(isSealedValue(structuredClone(sealed))).toBe(true)
    for (const other of [
      null,
      'v1.abc.def',
      { v: 1, iv: [1, 2], ct: sealed.ct },
      { v: 2, iv: sealed.iv, ct: sealed.ct },
      { v: 1, iv: sealed.iv, ct: new Uint8Array(15) },
      { v: 1, iv: new Uint16Array(12), ct: sealed.ct },
      { title: 'an entry in clear' },
    ]) {
      expect(isSealedValue(other)).toBe(false)
    }
  })
})

describe('sealedFromText', () => {
  it('refuses anything but v1.<iv>.<ct>', () => {
    const [, iv, ct] = KAT_TEXT.split('.')
    for (const bad of [
      '',
      'v1',
      'v1..',
      `v1.${iv}`,
      `v1.${iv}.${ct}.x`,
      `V1.${iv}.${ct}`,
      ` v1.${iv}.${ct}`,
      `v1.${iv}.${ct}\n`,
      `v1.${iv!.slice(4)}.${ct}`,
      `v1.${iv}.AAAA`,
      `v1.${iv}.${ct!.replace('+', '-')}`,
      '{"v":1}',
    ]) {
      expect(() => sealedFromText(bad), bad).toThrow(
        expect.objectContaining({ name: 'SealError', reason: 'malformed' }),
      )
    }
  })

  it('calls a later version unknown rather than broken', () => {
    const [, iv, ct] = KAT_TEXT.split('.')
    expect(() => sealedFromText(`v2.${iv}.${ct}`)).toThrow(
      expect.objectContaining({ reason: 'unknown-version' }),
    )
  })
})
