// A user's note, written in GitHub-flavoured Markdown, as document blocks: paragraphs,
// lists, tables and quotes, with bold and italic kept as inline styles. So a table in a
// note is a table in the Markdown, HTML and DOCX exports, not a line of escaped pipes.
// Parsed with the mdast parser react-markdown uses in the app, so a note prints as the
// entry view shows it. Pure: the same text always gives the same blocks.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Block, Inline } from './blocks'

type Root = ReturnType<typeof fromMarkdown>
/** Any mdast node under the root: block and inline content alike. */
type Node = Root['children'][number]
type Of<T extends Node['type']> = Extract<Node, { type: T }>

const OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }

/** The note's Markdown as blocks, in order; empty text gives none. */
export function markdownBlocks(markdown: string): Block[] {
  if (!markdown.trim()) return []
  return fromMarkdown(markdown, OPTIONS).children.flatMap(blocksOf)
}

function blocksOf(node: Node): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(inlines(node.children))
    // A heading inside a note is a bold line: the document's own headings stay its outline.
    case 'heading':
      return paragraph(inlines(node.children).map(bold))
    case 'list':
      return [{ type: 'list', ordered: node.ordered === true, items: listItems(node) }]
    case 'table':
      return [table(node)]
    case 'blockquote':
      return [{ type: 'quote', text: node.children.map(plainText).join('\n') }]
    case 'code':
      return node.value.trim() ? [{ type: 'paragraph', content: [node.value] }] : []
    case 'html':
      return paragraph([node.value])
    default:
      // Thematic breaks, definitions, footnotes: nothing a reader of the export needs.
      return []
  }
}

function paragraph(content: Inline[]): Block[] {
  return content.some((part) => inlineText(part).trim() !== '')
    ? [{ type: 'paragraph', content }]
    : []
}

/**
 * A list's items, each one line: its paragraphs joined. Items of a nested list follow
 * their parent item as items of their own (the document's lists have one level).
 */
function listItems(list: Of<'list'>): Inline[][] {
  return list.children.flatMap((item) => {
    const own: Inline[] = []
    const nested: Inline[][] = []
    for (const child of item.children) {
      if (child.type === 'list') nested.push(...listItems(child))
      else {
        if (own.length > 0) own.push(' ')
        own.push(...(child.type === 'paragraph' ? inlines(child.children) : [plainText(child)]))
      }
    }
    const checked = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : ''
    return [...(own.length > 0 ? [[...(checked ? [checked] : []), ...own]] : []), ...nested]
  })
}

/** Cells as plain text; a column aligned right is numeric, as the summary's counts are. */
function table(node: Of<'table'>): Block {
  const [head, ...rows] = node.children.map((row) => row.children.map(plainText))
  const width = Math.max(head?.length ?? 0, ...rows.map((row) => row.length))
  const pad = (row: string[] = []) => Array.from({ length: width }, (_, i) => row[i] ?? '')
  return {
    type: 'table',
    head: pad(head),
    rows: rows.map(pad),
    numeric: pad().map((_, i) => node.align?.[i] === 'right'),
    plain: true,
  }
}

/** Inline content with bold and italic kept; links, code and images as their text. */
function inlines(nodes: readonly Node[], style: { strong?: boolean; em?: boolean } = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'strong':
        return inlines(node.children, { ...style, strong: true })
      case 'emphasis':
        return inlines(node.children, { ...style, em: true })
      case 'break':
        return [' ']
      default: {
        // A soft line break inside a paragraph reads as a space, as Markdown shows it.
        const text = plainText(node).replace(/[ \t]*\r?\n[ \t]*/g, ' ')
        if (!text) return []
        return style.strong || style.em ? [{ text, ...style }] : [text]
      }
    }
  })
}

/** The text a reader sees in a node: line breaks and paragraphs as spaces or new lines. */
function plainText(node: Node): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
    case 'code':
      return node.value
    case 'break':
      return ' '
    case 'image':
      return node.alt ?? ''
    case 'list':
      return node.children.map(plainText).join('\n')
    default:
      if (!('children' in node)) return ''
      return node.children
        .map((child: Node) => plainText(child))
        .join(node.type === 'blockquote' || node.type === 'listItem' ? '\n' : '')
  }
}

function bold(part: Inline): Inline {
  return typeof part === 'string' ? { text: part, strong: true } : { ...part, strong: true }
}

function inlineText(part: Inline): string {
  return typeof part === 'string' ? part : part.text
}
