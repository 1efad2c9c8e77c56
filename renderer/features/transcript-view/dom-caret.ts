/**
 * The transcript view's paragraphs each hold one text node, so a DOM point inside one is a character
 * offset in that paragraph's text. These helpers convert between the two.
 */

/** A paragraph of the view, found by its data attributes: block `b`, paragraph `p`. */
export type ParagraphPlace = Readonly<{ element: HTMLElement; block: number; paragraph: number; offset: number }>

/** The paragraph element holding `node`, or undefined (a heading, a speaker name, outside the view). */
export function paragraphElementOf(node: Node | null): HTMLElement | undefined {
  const element = node instanceof HTMLElement ? node : node?.parentElement
  const p = element?.closest<HTMLElement>('p[data-b]')
  return p ?? undefined
}

/** The paragraph and offset of a DOM point (a caret or one end of a range). */
export function placeOf(node: Node, offset: number): ParagraphPlace | undefined {
  const element = paragraphElementOf(node)
  if (!element) return undefined
  const range = document.createRange()
  range.setStart(element, 0)
  range.setEnd(node, offset)
  return {
    element,
    block: Number(element.dataset.b),
    paragraph: Number(element.dataset.p),
    offset: range.toString().length,
  }
}

/** A range over characters `start`–`end` of a paragraph element's text. */
export function rangeIn(element: HTMLElement, start: number, end: number): Range | undefined {
  const text = element.firstChild
  if (!text || text.nodeType !== Node.TEXT_NODE) return undefined
  const length = text.textContent?.length ?? 0
  const range = document.createRange()
  range.setStart(text, Math.max(0, Math.min(length, start)))
  range.setEnd(text, Math.max(0, Math.min(length, end)))
  return range
}

/** Puts the caret at `offset` in a paragraph element. */
export function placeCaret(element: HTMLElement, offset: number): void {
  const range = rangeIn(element, offset, offset)
  const selection = window.getSelection()
  if (!range || !selection) return
  selection.removeAllRanges()
  selection.addRange(range)
}

/** The collapsed caret's place, if the selection is a caret inside a paragraph. */
export function caretPlace(): ParagraphPlace | undefined {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return undefined
  return placeOf(selection.anchorNode!, selection.anchorOffset)
}
