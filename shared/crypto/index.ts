export * from './params'
export * from './errors'
export * from './kdf'
export type { CryptoKey } from './runtime'
