// Growing a typed array: the word tables and the near-duplicate filter keep their ids and
// places in Int32Arrays, which have a fixed length.

/** A copy at least `length` long, with room to grow. */
export function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(Math.max(length, array.length * 2))
  copy.set(array)
  return copy
}
