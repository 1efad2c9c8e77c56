/**
 * How caption regions look on the waveform, so it reads like a subtitle track: each region shows
 * its caption's text (cut to fit), the current caption has an accent outline and strong handles,
 * captions with problems carry a hatched strip and a warning sign (never colour alone), and section
 * headings look like markers. The styles go into wavesurfer's shadow root; states are data
 * attributes on the region elements, which wavesurfer leaves alone when it re-renders a region.
 */

import type { Cue } from '../../../shared/model/cue'

/** Most characters a region label holds (the rest could never show; CSS cuts what does not fit). */
export const LABEL_CHARS = 90

/** The text printed inside a caption's region: its lines on one line, cut to `LABEL_CHARS`. */
export function regionLabelText(cue: Cue): string {
  const flat = cue.text.replace(/\s*\n\s*/g, ' ').trim()
  return flat.length > LABEL_CHARS ? `${flat.slice(0, LABEL_CHARS - 1)}…` : flat
}

/** The element wavesurfer puts inside a region as its content. */
export function regionLabel(cue: Cue): HTMLElement {
  const label = document.createElement('div')
  label.className = 'eg-region-text'
  label.textContent = regionLabelText(cue)
  return label
}

/** Sets the state attributes the styles below read. */
export function markRegion(element: HTMLElement | null, cue: Cue, current: boolean, problem: boolean): void {
  if (!element) return
  element.toggleAttribute('data-current', current)
  element.toggleAttribute('data-problem', problem)
  element.dataset.kind = cue.kind ?? 'speech'
}

/** Adds the region styles to wavesurfer's shadow root (once). */
export function installRegionStyles(root: Node): void {
  if (!(root instanceof ShadowRoot) || root.querySelector('style[data-eglur-regions]')) return
  const style = document.createElement('style')
  style.dataset.eglurRegions = ''
  style.textContent = REGION_CSS
  root.append(style)
}

const REGION_CSS = `
[part~="region"] { overflow: hidden; border-top: 1px solid var(--region-edge, rgba(127, 127, 127, 0.55)); }
[part~="region"] [part~="region-handle"] { border-color: var(--region-edge, rgba(127, 127, 127, 0.55)) !important; }
.eg-region-text {
  position: absolute; top: 2px; left: 7px; right: 7px; pointer-events: none;
  font: 600 11px/1.25 system-ui, 'Segoe UI', 'DejaVu Sans', sans-serif; color: var(--text, #1b1f23);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
[part~="region"][data-current] { z-index: 3; outline: 3px solid var(--accent, #1f5fa8); outline-offset: -3px; }
[part~="region"][data-current] [part~="region-handle"] {
  width: 9px !important; border: none !important; background: var(--accent, #1f5fa8); border-radius: 0 !important;
}
/* A grip on each handle: two short lines in the accent's text colour. */
[part~="region"][data-current] [part~="region-handle"]::after {
  content: ''; position: absolute; top: calc(50% - 9px); left: 2px; width: 5px; height: 18px;
  border-left: 1px solid var(--accent-text, #fff); border-right: 1px solid var(--accent-text, #fff); box-sizing: border-box;
}
[part~="region"][data-current] .eg-region-text { left: 12px; right: 12px; }
[part~="region"][data-problem]::after {
  content: ''; position: absolute; left: 0; right: 0; bottom: 0; height: 9px; pointer-events: none;
  background: repeating-linear-gradient(135deg, var(--problem, #8a4b00) 0 2px, transparent 2px 6px);
}
[part~="region"][data-problem] .eg-region-text::before { content: '⚠ '; color: var(--problem, #8a4b00); }
[part~="region"][data-kind="heading"] { border-left: 3px double var(--text, #1b1f23); }
[part~="region"][data-kind="heading"] .eg-region-text { font-style: italic; }
[part~="region"][data-kind="heading"] .eg-region-text::before { content: '§ '; }
[part~="marker"] .eg-region-text { position: static; display: inline-block; padding: 0 0.3em; background: var(--surface, #f4f6f8); }
[part~="marker"] .eg-region-text::before { content: '§ '; }
@media (forced-colors: active) {
  [part~="region"] { border-top-color: CanvasText; }
  .eg-region-text { color: CanvasText; }
  [part~="region"][data-current] { outline: 4px double Highlight; outline-offset: -4px; }
  [part~="region"][data-current] [part~="region-handle"] { background: Highlight; }
  [part~="region"][data-current] [part~="region-handle"]::after { border-color: HighlightText; }
  [part~="region"][data-current] .eg-region-text { color: HighlightText; background: Highlight; padding: 0 3px; }
  [part~="region"][data-problem]::after { background: repeating-linear-gradient(135deg, CanvasText 0 2px, transparent 2px 6px); }
  [part~="region"][data-problem] .eg-region-text::before { color: inherit; }
}
`
