// Which locale formats a date or a number. Documents default to British English, so a
// review reads the same on every machine; the app passes the user's own locale.

/** "27 Nov 2026", "84,000": the locale when none is given. */
export const DEFAULT_LOCALE = 'en-GB'

/**
 * A locale Intl can format with, from a tag that may be missing, malformed ("en_US") or
 * unknown ("xx"): the canonical tag when Intl supports it, otherwise DEFAULT_LOCALE.
 */
export function resolveLocale(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LOCALE
  try {
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag])
    return supported ? (Intl.getCanonicalLocales(supported)[0] ?? DEFAULT_LOCALE) : DEFAULT_LOCALE
  } catch {
    // A malformed tag throws a RangeError.
    return DEFAULT_LOCALE
  }
}
