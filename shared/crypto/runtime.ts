// WebCrypto and the text codecs, typed for shared/ (whose TypeScript has no DOM library) and
// looked up on globalThis, where both Node 20 and the browser put them.

/** The same shape as the DOM's and Node's CryptoKey, so either can be passed in. */
export interface CryptoKey {
  readonly algorithm: { name: string }
  readonly extractable: boolean
  readonly type: 'private' | 'public' | 'secret'
  readonly usages: (
    'decrypt' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'sign' | 'unwrapKey' | 'verify' | 'wrapKey'
  )[]
}

interface AesGcmParams {
  name: 'AES-GCM'
  iv: Uint8Array
  additionalData: Uint8Array
}

interface SubtleLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'AES-GCM' },
    extractable: boolean,
    usages: ('encrypt' | 'decrypt')[],
  ): Promise<CryptoKey>
  encrypt(algorithm: AesGcmParams, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>
  decrypt(algorithm: AesGcmParams, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>
}

interface CryptoLike {
  subtle?: SubtleLike
  getRandomValues(array: Uint8Array): Uint8Array
}

const host = globalThis as unknown as {
  crypto?: CryptoLike
  TextEncoder: new () => { encode(text: string): Uint8Array }
  TextDecoder: new () => { decode(bytes: Uint8Array | ArrayBuffer): string }
}

/** Reused for every record: creating codecs per call is measurable at 10,000 records. */
export const utf8Encoder = new host.TextEncoder()
export const utf8Decoder = new host.TextDecoder()

function webCrypto(): CryptoLike & { subtle: SubtleLike } {
  const crypto = host.crypto
  // Browsers give WebCrypto only to secure contexts (app://leadlog is one, by registration).
  if (!crypto?.subtle) throw new Error('WebCrypto is not available in this context.')
  return crypto as CryptoLike & { subtle: SubtleLike }
}

export function subtle(): SubtleLike {
  return webCrypto().subtle
}

export function randomBytes(length: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(length))
}
