// A document as Word, through the docx library. Packer.toArrayBuffer works in the
// browser and in Node (toBuffer is Node-only). docx stamps the current time into
// docProps/core.xml and into every zip entry; both are replaced by the document's own
// date, so the same document always gives byte-identical files.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Block, DocumentModel, Inline } from './blocks'
import { escapeHtml as escapeXml } from './html'
import { setZipDates } from './docxZip'

// The name is inside the file; it stays what the review first wrote, so files keep their bytes.
const ORDERED = 'review-ordered'
const MUTED = '5A6478'
const ACCENT = '2447A8'

function runs(content: readonly Inline[], extra: { italics?: boolean; color?: string } = {}) {
  return content.map((part) =>
    typeof part === 'string'
      ? new TextRun({ text: part, ...extra })
      : new TextRun({
          text: part.text,
          bold: part.strong,
          italics: part.em || extra.italics,
          color: extra.color,
        }),
  )
}

/** The text width of an A4 page with the document's margins, in twips. */
const TEXT_WIDTH = 9600

function table(b: Extract<Block, { type: 'table' }>): Table {
  // Fixed widths (twips): Word and LibreOffice otherwise squeeze the label column. A
  // note's table shares the page evenly, so a wide one still fits.
  const widths = b.plain
    ? b.head.map(() => Math.floor(TEXT_WIDTH / Math.max(1, b.head.length)))
    : b.head.map((_, i) => (i === 0 ? 3400 : 2400))
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: b.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header || (column === 0 && !b.plain) })],
        }),
      ],
      width: { size: widths[column] ?? 2400, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'EEF1F7', color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    })
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  })
}

function blocks(list: readonly Block[], nextList: () => number): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] => {
    switch (b.type) {
      case 'heading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(b.text)] })]
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(b.content, b.muted ? { color: MUTED, italics: true } : {}),
          }),
        ]
      case 'list':
        return listItems(b, nextList)
      case 'quote':
        return quote(b)
      case 'table':
        return [table(b), new Paragraph({ children: [] })]
    }
  })
}

function listItems(b: Extract<Block, { type: 'list' }>, nextList: () => number): Paragraph[] {
  // Each ordered list restarts at 1: its own numbering instance.
  const instance = b.ordered ? nextList() : 0
  return b.items.map(
    (item) =>
      new Paragraph({
        children: runs(item),
        ...(b.ordered
          ? { numbering: { reference: ORDERED, level: 0, instance } }
          : { bullet: { level: 0 } }),
      }),
  )
}

/** Feedback in green italics; the author's notes plainer, under a small "Notes" label. */
function quote(b: Extract<Block, { type: 'quote' }>): Paragraph[] {
  const color = b.notes ? 'C5CCDB' : '1E7B45'
  const lines = b.text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(
      (line) =>
        new Paragraph({
          indent: { left: 400 },
          spacing: { before: 60, after: 60 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color, space: 8 } },
          children: [new TextRun({ text: line.trim(), italics: !b.notes })],
        }),
    )
  if (!b.notes) return lines
  return [
    new Paragraph({
      indent: { left: 400 },
      children: [new TextRun({ text: 'Notes', bold: true, color: MUTED, size: 18 })],
    }),
    ...lines,
  ]
}

/** docProps/core.xml with fixed dates, in place of the one docx writes with the clock. */
function coreXml(title: string, day: string): string {
  const stamp = `${day}T00:00:00Z`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Leadlog</dc:creator>` +
    '<cp:lastModifiedBy>Leadlog</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** The docx library's Document for a document model, before packing. */
export function buildDocxDocument(doc: DocumentModel): Document {
  return new Document({
    creator: 'Leadlog',
    title: doc.title,
    styles: documentStyles(doc.compact ? COMPACT : REGULAR),
    numbering: { config: [orderedListNumbering()] },
    sections: [
      {
        properties: {
          page: { margin: { top: 1000, bottom: 1100, left: 1000, right: 1000 } },
        },
        children: body(doc),
      },
    ],
  })
}

/** Title, meta lines, each section under its heading, then the footer. */
function body(doc: DocumentModel): (Paragraph | Table)[] {
  let lists = 0
  const nextList = () => ++lists
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...doc.meta.map(
      (m) => new Paragraph({ children: [new TextRun({ text: m, color: MUTED, italics: true })] }),
    ),
  ]
  for (const section of doc.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.title)] }),
    )
    children.push(...blocks(section.blocks, nextList))
  }
  children.push(
    new Paragraph({
      spacing: { before: 400 },
      children: [new TextRun({ text: doc.footer, color: MUTED, size: 18 })],
    }),
  )
  return children
}

/** Type sizes (half-points) and spacing (twips): the regular look, and a compact one. */
interface Measures {
  body: number
  title: number
  heading2: number
  after: number
  heading2Before: number
}
const REGULAR: Measures = { body: 21, title: 44, heading2: 28, after: 60, heading2Before: 360 }
const COMPACT: Measures = { body: 20, title: 36, heading2: 24, after: 40, heading2Before: 240 }

function documentStyles(m: Measures) {
  return {
    default: {
      document: {
        run: { font: 'Calibri', size: m.body },
        paragraph: { spacing: { after: m.after } },
      },
      title: { run: { font: 'Calibri', size: m.title, bold: true, color: '14213D' } },
    },
    paragraphStyles: [
      {
        id: 'Heading2',
        name: 'Heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: m.heading2, bold: true, color: ACCENT },
        paragraph: { spacing: { before: m.heading2Before, after: 120 }, keepNext: true },
      },
      {
        id: 'Heading3',
        name: 'Heading 3',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 22, bold: true },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
      },
    ],
  }
}

function orderedListNumbering() {
  return {
    reference: ORDERED,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } },
      },
    ],
  }
}

/** The document as .docx bytes, identical for the same document. */
export async function renderDocumentDocx(doc: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
  const day = doc.date ?? '1980-01-01'
  const buffer = await Packer.toArrayBuffer(buildDocxDocument(doc), false, [
    { path: 'docProps/core.xml', data: coreXml(doc.title, day) },
  ])
  return setZipDates(new Uint8Array(buffer), day)
}
