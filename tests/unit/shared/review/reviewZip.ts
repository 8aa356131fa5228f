// Reads a zip file in tests: the entries' names and inflated contents. Written against
// the zip format itself (node:zlib for DEFLATE) so it checks docx's output independently.
import { inflateRawSync } from 'node:zlib'

export function readZip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('not a zip file: no end-of-central-directory record')
  const files = new Map<string, string>()
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('damaged central directory')
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`damaged entry ${name}`)
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const raw = bytes.subarray(dataStart, dataStart + compressed)
    const data = method === 8 ? inflateRawSync(raw) : raw
    files.set(name, new TextDecoder().decode(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}

/** The visible text of a WordprocessingML document: the contents of its <w:t> runs. */
export function docxText(documentXml: string): string {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  return [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => decode(m[1] ?? ''))
    .join(' ')
}
