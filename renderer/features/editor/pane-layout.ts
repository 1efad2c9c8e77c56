/**
 * The editor's pane sizes: how much of the height the video and caption box take, how much of that
 * row the video takes, which panes are folded away and whether the side panel is open. Kept in the
 * page's storage, so the workbench comes back as the editor left it (each window size reuses them:
 * they are shares, not pixels).
 */

import { useCallback, useState } from 'react'

/** The layout of the editor's panes. */
export type PaneLayout = Readonly<{
  /** Percent of the workbench's height for the video and caption box. */
  topPercent: number
  /** Percent of that row's width for the video. */
  videoPercent: number
  topCollapsed: boolean
  videoCollapsed: boolean
  /** Undefined until the editor chooses: open on wide windows, closed on narrow ones. */
  sideOpen?: boolean
}>

/** The limits of each share, in percent. */
export const PANE_LIMITS = { top: { min: 15, max: 70 }, video: { min: 15, max: 70 } } as const

/** A first-time layout (the video and caption box's share then follows the window's height). */
export const DEFAULT_PANE_LAYOUT: PaneLayout = {
  topPercent: 25,
  videoPercent: 40,
  topCollapsed: false,
  videoCollapsed: false,
}

/**
 * The first-time share of the height for the video and caption box: what is left once the toolbar,
 * the transport and waveform (which grows with the window) and eight list rows have their room,
 * between a fifth and two fifths of the workbench.
 */
export function defaultTopPercent(windowHeight: number): number {
  const workbench = Math.max(1, windowHeight - 56)
  const rest = 0.16 * windowHeight + 430
  return Math.round(Math.min(40, Math.max(20, ((workbench - rest) / workbench) * 100)))
}

/** Where the layout is kept. */
export const PANE_LAYOUT_KEY = 'eglur:layout:v1'

const percent = (value: unknown, limits: { min: number; max: number }, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(limits.max, Math.max(limits.min, Math.round(value)))
    : fallback

/** Reads a stored layout; anything missing or malformed falls back to `d`. */
export function parsePaneLayout(text: string | null, d: PaneLayout = DEFAULT_PANE_LAYOUT): PaneLayout {
  let raw: Record<string, unknown> = {}
  try {
    const parsed: unknown = text ? JSON.parse(text) : {}
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>
  } catch {
    raw = {}
  }
  return {
    topPercent: percent(raw.topPercent, PANE_LIMITS.top, d.topPercent),
    videoPercent: percent(raw.videoPercent, PANE_LIMITS.video, d.videoPercent),
    topCollapsed: raw.topCollapsed === true,
    videoCollapsed: raw.videoCollapsed === true,
    ...(typeof raw.sideOpen === 'boolean' ? { sideOpen: raw.sideOpen } : {}),
  }
}

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** The layout and a function that changes and stores it (storage refused: it still applies this session). */
export function usePaneLayout(): readonly [PaneLayout, (patch: Partial<PaneLayout>) => void] {
  const [layout, setLayout] = useState(() =>
    parsePaneLayout(storage()?.getItem(PANE_LAYOUT_KEY) ?? null, {
      ...DEFAULT_PANE_LAYOUT,
      topPercent: defaultTopPercent(window.innerHeight),
    }),
  )
  const update = useCallback((patch: Partial<PaneLayout>) => {
    setLayout((previous) => {
      const next = { ...previous, ...patch }
      try {
        storage()?.setItem(PANE_LAYOUT_KEY, JSON.stringify(next))
      } catch {
        // Full or refused storage: the sizes last for this session only.
      }
      return next
    })
  }, [])
  return [layout, update] as const
}
