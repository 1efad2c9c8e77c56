/**
 * A splitter between two panes: a focusable separator whose value is the share (in percent) of its
 * container given to the pane before it. Drag it or use the arrow keys (Shift: bigger steps, Home
 * and End: the limits) to resize; Enter or a double click folds the pane away and brings it back.
 */

import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

/** Props of a splitter. */
export type SplitterProps = Readonly<{
  /** `horizontal` lies across (resizes heights), `vertical` stands upright (resizes widths). */
  orientation: 'horizontal' | 'vertical'
  /** Accessible name, e.g. "Height of the video and caption area". */
  label: string
  /** Mouse hint shown as a tooltip. */
  hint: string
  /** Id of the pane it resizes. */
  controls: string
  /** Percent of the container given to that pane. */
  value: number
  min: number
  max: number
  /** True while the pane is folded away (the value is kept for bringing it back). */
  collapsed: boolean
  onChange: (value: number) => void
  onCollapsedChange: (collapsed: boolean) => void
}>

const STEP = 2
const BIG_STEP = 10

/** The splitter; it measures its parent element to turn pointer positions into percent. */
export function Splitter({
  orientation,
  label,
  hint,
  controls,
  value,
  min,
  max,
  collapsed,
  onChange,
  onCollapsedChange,
}: SplitterProps) {
  const ref = useRef<HTMLDivElement>(null)
  const dragging = useRef(false)
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))
  const set = (v: number) => {
    if (collapsed) onCollapsedChange(false)
    onChange(clamp(v))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP
    const [less, more] = orientation === 'horizontal' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight']
    const start = collapsed ? min : value
    const keys: Record<string, () => void> = {
      [less]: () => set(start - step),
      [more]: () => set(start + step),
      PageUp: () => set(start - BIG_STEP),
      PageDown: () => set(start + BIG_STEP),
      Home: () => set(min),
      End: () => set(max),
      Enter: () => onCollapsedChange(!collapsed),
    }
    const action = keys[event.key]
    if (!action || event.ctrlKey || event.altKey || event.metaKey) return
    event.preventDefault()
    action()
  }
  const percentAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = ref.current?.parentElement?.getBoundingClientRect()
    if (!box) return value
    return orientation === 'horizontal'
      ? ((event.clientY - box.top) / box.height) * 100
      : ((event.clientX - box.left) / box.width) * 100
  }
  return (
    <div
      ref={ref}
      role="separator"
      tabIndex={0}
      aria-orientation={orientation}
      aria-label={label}
      aria-controls={controls}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={collapsed ? 0 : value}
      title={hint}
      className={`splitter splitter--${orientation}${collapsed ? ' splitter--collapsed' : ''}`}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onCollapsedChange(!collapsed)}
      onPointerDown={(event) => {
        if (event.button !== 0) return
        dragging.current = true
        event.currentTarget.setPointerCapture(event.pointerId)
      }}
      onPointerMove={(event) => {
        if (dragging.current) set(percentAt(event))
      }}
      onPointerUp={(event) => {
        dragging.current = false
        event.currentTarget.releasePointerCapture(event.pointerId)
      }}
    />
  )
}
