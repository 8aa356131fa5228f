// Sets every entry's modification date in a zip file. Zip stores local time in MS-DOS
// form; docx's zipper writes "now", which makes two exports of the same review differ.
// Only the date and time fields change; the data and checksums are untouched.

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL = 0x06054b50

function dosDate(isoDay: string): number {
  const y = Number(isoDay.slice(0, 4))
  const m = Number(isoDay.slice(5, 7))
  const d = Number(isoDay.slice(8, 10))
  // MS-DOS dates cover 1980..2107; clamp rather than write nonsense.
  const year = Math.min(Math.max(y, 1980), 2107)
  return ((year - 1980) << 9) | (m << 5) | d
}

/** Returns a copy of `zip` with every entry dated `isoDay` 00:00. Throws if it is not a zip. */
export function setZipDates(zip: Uint8Array, isoDay: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  const date = dosDate(isoDay)
  // The end-of-central-directory record sits in the last 22 bytes (plus any comment).
  let end = -1
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('The DOCX file is not a valid zip archive.')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new Error('The DOCX file has a damaged zip directory.')
    }
    view.setUint16(at + 12, 0, true)
    view.setUint16(at + 14, date, true)
    const local = view.getUint32(at + 42, true)
    if (view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new Error('The DOCX file has a damaged zip entry.')
    }
    view.setUint16(local + 10, 0, true)
    view.setUint16(local + 12, date, true)
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
  }
  return out
}
