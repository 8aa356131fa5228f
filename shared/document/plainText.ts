// Entry text for plain-text exports (a .txt file, the clipboard). Plain text has no markup
// to escape, but it can still carry what makes a line lie about itself: line breaks that
// start a new bullet, control characters a terminal or editor acts on, and the Unicode
// bidirectional overrides that display text in another order than it is stored.

// C0 and C1 controls but tab (folded below like other white space), and the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** One line of entry text as it reads: white space folded, hidden controls removed. */
export function plainTextLine(text: string): string {
  return text.replace(HIDDEN, '').replace(/\s+/g, ' ').trim()
}
