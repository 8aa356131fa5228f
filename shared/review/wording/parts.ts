// Small pieces every section's wording is made of.
import { markdownBlocks, type Block, type Inline } from '../../document'

export const strong = (text: string): Inline => ({ text, strong: true })
export const em = (text: string): Inline => ({ text, em: true })
export const para = (...content: Inline[]): Block => ({ type: 'paragraph', content })
export const muted = (text: string): Block => ({ type: 'paragraph', content: [text], muted: true })
export const heading = (text: string): Block => ({ type: 'heading', text })
export const bullets = (items: Inline[][]): Block => ({ type: 'list', ordered: false, items })
export const NOTHING = muted('Nothing logged in this period.')

/** "Label: text" as a list item, left out when the text is empty. */
export function field(label: string, text: string | undefined): Inline[][] {
  return text ? [[strong(`${label}:`), ` ${text}`]] : []
}

/** The user's own text (a note, their summary or asks): its Markdown as blocks. */
export function ownText(text: string): Block[] {
  return markdownBlocks(text)
}

/** A whole percentage of the role: 0.16 → "16%". */
export function percentOfRole(weight: number): string {
  return `${weight}%`
}
