/**
 * Arrow keys within a toolbar (the ARIA toolbar pattern): one Tab stop per toolbar, ←/→ move
 * between its buttons, Home/End go to the ends. The last button used stays the Tab stop.
 */

import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'

const buttonsOf = (toolbar: HTMLElement): HTMLButtonElement[] => [
  ...toolbar.querySelectorAll<HTMLButtonElement>('button:not([disabled])'),
]

/** The next index for a key, or undefined when the key does not move within a toolbar. */
export function nextToolbarIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return undefined
}

/** Key and focus handlers for the `role="toolbar"` element that `ref` points at. */
export function useRovingToolbar(ref: RefObject<HTMLDivElement | null>): {
  onKeyDown: (e: KeyboardEvent) => void
  onFocus: (e: FocusEvent) => void
} {
  const active = useRef(0)
  const mark = (buttons: HTMLButtonElement[], index: number) => {
    active.current = index
    buttons.forEach((b, i) => (b.tabIndex = i === index ? 0 : -1))
  }
  // After every render (buttons may have been re-created or disabled), exactly one button is a Tab stop.
  useLayoutEffect(() => {
    if (ref.current) {
      const buttons = buttonsOf(ref.current)
      mark(buttons, Math.min(active.current, buttons.length - 1))
    }
  })
  return {
    onKeyDown: (e) => {
      if (!ref.current || e.ctrlKey || e.altKey || e.metaKey) return
      const buttons = buttonsOf(ref.current)
      const index = nextToolbarIndex(
        e.key,
        buttons.indexOf(document.activeElement as HTMLButtonElement),
        buttons.length,
      )
      if (index === undefined) return
      e.preventDefault()
      mark(buttons, index)
      buttons[index]!.focus()
    },
    onFocus: (e) => {
      if (!ref.current) return
      const buttons = buttonsOf(ref.current)
      const index = buttons.indexOf(e.target as HTMLButtonElement)
      if (index >= 0) mark(buttons, index)
    },
  }
}
