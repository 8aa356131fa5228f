// Intl formatters are slow to create (a review formats thousands of dates), so each kind
// is made once per locale (and time zone) and kept.

/** `make` called once per key, its result kept for the life of the module. */
export function memoise<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>()
  return (key) => {
    let value = made.get(key)
    if (value === undefined) {
      value = make(key)
      made.set(key, value)
    }
    return value
  }
}
