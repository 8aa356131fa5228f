// Work done once and kept. By string key: Intl formatters are slow to create (a review
// formats thousands of dates), so each kind is made once per locale (and time zone). By
// object: what an entry (or a journal's array) alone decides, since an entry object is
// never changed once handed out (an edit is a new object).

/** Where made values are kept: a Map by key, or a WeakMap by object. */
interface Store<K, T> {
  get(key: K): T | undefined
  set(key: K, value: T): unknown
}

function keptIn<K, T>(made: Store<K, T>, make: (key: K) => T): (key: K) => T {
  return (key) => {
    let value = made.get(key)
    if (value === undefined) {
      value = make(key)
      made.set(key, value)
    }
    return value
  }
}

/** `make` called once per key, its result kept for the life of the module. */
export function memoise<T>(make: (key: string) => T): (key: string) => T {
  return keptIn(new Map<string, T>(), make)
}

/** `make` called once per object, its result kept as long as the object lives. */
export function memoiseByObject<K extends object, T>(make: (key: K) => T): (key: K) => T {
  return keptIn(new WeakMap<K, T>(), make)
}
