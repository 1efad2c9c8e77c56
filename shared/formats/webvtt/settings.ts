/**
 * WebVTT cue settings (`line:90% align:start`), parsed as the W3C algorithm does. The model keeps
 * the settings as text; this parsed view serves validation, normalisation and conformance tests.
 */

/** Cue settings as a VTTCue exposes them. */
export type CueSettings = {
  vertical: '' | 'rl' | 'lr'
  line: number | 'auto'
  snapToLines: boolean
  lineAlign: 'start' | 'center' | 'end'
  position: number | 'auto'
  positionAlign: 'line-left' | 'center' | 'line-right' | 'auto'
  size: number
  align: 'start' | 'center' | 'end' | 'left' | 'right'
  region: string | null
}

/** The settings of a cue that has none. */
export const DEFAULT_CUE_SETTINGS: Readonly<CueSettings> = {
  vertical: '',
  line: 'auto',
  snapToLines: true,
  lineAlign: 'start',
  position: 'auto',
  positionAlign: 'auto',
  size: 100,
  align: 'center',
  region: null,
}

const PERCENT = /^\d+(\.\d+)?%$/
const NUMBER = /^-?\d+(\.\d+)?$/

/** Parses a percentage string (0–100) or returns undefined. */
export function parsePercentage(text: string): number | undefined {
  if (!PERCENT.test(text)) return undefined
  const value = Number(text.slice(0, -1))
  return value >= 0 && value <= 100 ? value : undefined
}

type Handler = (value: string, settings: CueSettings, regionIds: ReadonlySet<string>) => void

const HANDLERS: Readonly<Record<string, Handler>> = {
  region(value, s, regionIds) {
    if (regionIds.has(value)) s.region = value
  },
  vertical(value, s) {
    if (value === 'rl' || value === 'lr') s.vertical = value
  },
  line(value, s) {
    const [linepos = '', linealign, extra] = value.split(',')
    if (extra !== undefined) return
    let line: number
    let snap: boolean
    if (linepos.endsWith('%')) {
      const pct = parsePercentage(linepos)
      if (pct === undefined) return
      ;[line, snap] = [pct, false]
    } else {
      if (!NUMBER.test(linepos)) return
      // `line:-0` is line 0 (a VTTCue never reports negative zero).
      ;[line, snap] = [Number(linepos) + 0, true]
    }
    s.line = line
    s.snapToLines = snap
    // As for position, an unknown alignment is ignored on its own.
    s.lineAlign =
      linealign !== undefined && ['start', 'center', 'end'].includes(linealign)
        ? (linealign as CueSettings['lineAlign'])
        : 'start'
  },
  position(value, s) {
    const [colpos = '', colalign, extra] = value.split(',')
    if (extra !== undefined) return
    const pct = parsePercentage(colpos)
    if (pct === undefined) return
    s.position = pct
    // An unknown alignment is ignored on its own; the position still applies.
    s.positionAlign =
      colalign !== undefined && ['line-left', 'center', 'line-right'].includes(colalign)
        ? (colalign as CueSettings['positionAlign'])
        : 'auto'
  },
  size(value, s) {
    const pct = parsePercentage(value)
    if (pct !== undefined) s.size = pct
  },
  align(value, s) {
    if (['start', 'center', 'end', 'left', 'right'].includes(value)) s.align = value as CueSettings['align']
  },
}

/** Parses the settings part of a timing line; unknown or invalid settings are ignored, as the spec says. */
export function parseCueSettings(text: string, regionIds: ReadonlySet<string> = new Set()): CueSettings {
  const settings: CueSettings = { ...DEFAULT_CUE_SETTINGS }
  for (const token of text.split(/[ \t\n\f\r]+/)) {
    const colon = token.indexOf(':')
    if (colon <= 0 || colon === token.length - 1) continue
    HANDLERS[token.slice(0, colon)]?.(token.slice(colon + 1), settings, regionIds)
  }
  // A cue with vertical text cannot belong to a region.
  if (settings.vertical !== '' || settings.line !== 'auto' || settings.size !== 100) settings.region = null
  return settings
}

const normalised = new Map<string, string>()

/** Keeps only the well-formed `name:value` settings, single-spaced, so written files stay valid. */
export function normaliseSettings(text: string): string {
  if (text === '') return ''
  // Files repeat the same few settings on every cue (YouTube: "align:start position:0%"): remember them.
  let result = normalised.get(text)
  if (result === undefined) {
    result = computeNormalisedSettings(text)
    if (normalised.size < 1000) normalised.set(text, result)
  }
  return result
}

function computeNormalisedSettings(text: string): string {
  return text
    .split(/[ \t\n\f\r]+/)
    .filter((token) => {
      const colon = token.indexOf(':')
      return (
        colon > 0 && colon < token.length - 1 && HANDLERS[token.slice(0, colon)] !== undefined && !token.includes('-->')
      )
    })
    .join(' ')
}
