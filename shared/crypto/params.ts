// The scheme's numbers, in one place. Changing any of them changes what Leadlog writes:
// a stored value or a backup written with the old numbers must still open.

/** Bumped when a sealed value's layout changes; a version Leadlog does not know is refused. */
export const ENVELOPE_VERSION = 1

/**
 * Argon2id with 64 MiB and 3 passes: RFC 9106's second recommended option (for machines that
 * cannot spare 2 GiB), about half a second on a laptop, so each guess costs an attacker the
 * same memory and time. One lane instead of that option's four, because the WASM
 * implementation runs on one thread: lanes only add strength when they run side by side.
 */
export const KDF_DEFAULTS = {
  algorithm: 'argon2id',
  memoryKiB: 65536,
  passes: 3,
  parallelism: 1,
} as const

/** 128-bit salts (RFC 9106's recommendation): a fresh one per key slot, never reused. */
export const SALT_BYTES = 16

/** AES-256: the data key, the backup key and each key-encryption key. */
export const KEY_BYTES = 32

/** 96 bits, the IV size AES-GCM is defined for; random per seal, far below 2^32 per key. */
export const IV_BYTES = 12

/** AES-GCM's full 128-bit tag, appended to every ciphertext by WebCrypto. */
export const TAG_BYTES = 16

/**
 * What a stored key slot may ask for. Wide enough for any setting Leadlog might choose (16
 * times today's memory, 10 times its passes), narrow enough that a hostile backup file
 * cannot make the page run out of memory or work for minutes before it is refused.
 * Argon2 itself needs at least 8 KiB per lane.
 */
export const KDF_LIMITS = {
  memoryKiB: { min: 8, max: 1024 * 1024 },
  passes: { min: 1, max: 30 },
  parallelism: { min: 1, max: 16 },
} as const
