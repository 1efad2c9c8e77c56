/** Makes the editor store available to components: `useEditor(selector)` reads, `useDispatch()` acts. */

import { createContext, useContext, type ReactNode } from 'react'
import type { EditorAction } from './actions'
import type { EditorState } from './editor-state'
import { useEditorState, type EditorStore } from './store'

const StoreContext = createContext<EditorStore | undefined>(undefined)

/** Provides `store` to the components below. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** The store itself (for effects that read state outside rendering). */
export function useStore(): EditorStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStore must be used inside EditorStoreProvider')
  return store
}

/** Reads a slice of editor state; the component re-renders when that slice changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useEditorState(useStore(), selector)
}

/** The dispatch function for named actions. */
export function useDispatch(): (action: EditorAction) => void {
  return useStore().dispatch
}
