// The one error the module throws for data it cannot open, with a reason code for the app and
// a message a person can read.

export type SealErrorReason = 'wrong-key-or-tampered' | 'unknown-version' | 'malformed'

/** Where a file is wrong (`keyring.slots[0].salt`) and how, as in shared/backup. */
export interface SealProblem {
  path: string
  message: string
}

const DEFAULT_MESSAGES: Record<SealErrorReason, string> = {
  'wrong-key-or-tampered':
    'This record was changed outside Leadlog, or it was sealed with another key.',
  'unknown-version':
    'This record was sealed by a newer version of Leadlog. Update Leadlog to open it.',
  malformed: 'This record is damaged: it is not in the form Leadlog seals data in.',
}

export class SealError extends Error {
  override readonly name = 'SealError'
  readonly reason: SealErrorReason
  readonly problems: readonly SealProblem[]

  constructor(
    reason: SealErrorReason,
    message: string = DEFAULT_MESSAGES[reason],
    options: { cause?: unknown; problems?: readonly SealProblem[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.reason = reason
    this.problems = options.problems ?? []
  }
}
