/** A vault action refused, with the reason in words a person can act on. */
export class VaultError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'VaultError'
  }
}
