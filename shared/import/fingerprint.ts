// A short, stable fingerprint of text: the source id of a record whose format has none
// (jrnl, Markdown, CSV), so importing the same file twice finds what is already there
// even after a title was edited in the preview. Two FNV-1a hashes with different seeds
// (64 bits together): no randomness, no crypto API, the same in Node and the browser.

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

const hex = (n: number) => n.toString(16).padStart(8, '0')

export function fingerprint(...parts: string[]): string {
  const text = parts.join('\u0000')
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x01000193))
}
