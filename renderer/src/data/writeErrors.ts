// Turns storage failures into sentences a person can act on.

/** True for a full disk, also when IndexedDB wraps it as an AbortError's inner error. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: string; inner?: unknown; cause?: unknown }
    if (name === 'QuotaExceededError') return true
    current = inner ?? cause
  }
  return false
}

export class StorageWriteError extends Error {
  constructor(
    message: string,
    readonly problems: { path: string; message: string }[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'StorageWriteError'
  }
}

export function describeWriteError(error: unknown): string {
  if (error instanceof StorageWriteError) return error.message
  if (isQuotaError(error)) return 'Not saved: the disk is full. Your text is kept as a draft.'
  const message = error instanceof Error ? error.message : String(error)
  return `Not saved: ${message}`
}

/** Runs a write, rethrowing any failure as a StorageWriteError with a readable message. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (error instanceof StorageWriteError) throw error
    throw new StorageWriteError(describeWriteError(error), [], { cause: error })
  }
}
