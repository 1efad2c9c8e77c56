/** A tiny external store for the editor state, read in React through `useEditorState(selector)`. */

import { useSyncExternalStore } from 'react'
import type { EditorAction } from './actions'
import type { EditorState } from './editor-state'
import { editorReducer } from './reducer'

/** The store: current state, dispatch of named actions, subscription. */
export type EditorStore = Readonly<{
  getState: () => EditorState
  dispatch: (action: EditorAction) => void
  subscribe: (listener: () => void) => () => void
}>

/** Creates a store; `now` is injectable so tests control undo coalescing. */
export function createEditorStore(initial: EditorState, now: () => number = Date.now): EditorStore {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    dispatch(action) {
      const next = editorReducer(state, { ...action, at: action.at ?? now() })
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Reads a slice of the store in a component; re-renders only when that slice changes identity. */
export function useEditorState<T>(store: EditorStore, selector: (state: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()))
}
