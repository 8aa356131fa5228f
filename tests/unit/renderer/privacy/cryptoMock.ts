// shared/crypto as the privacy views use it: one known recovery key.
export const RECOVERY_KEY = '7K3M-Q9XD-4T2B-HN8R-W6YC-0PZF-5GJA-S1EV'

export function generateRecoveryKey(): string {
  return RECOVERY_KEY
}
