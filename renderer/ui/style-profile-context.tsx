/** The style profile the open work is checked against, for components deep in the editor (the caption editor's meters). */

import type { StyleProfile } from '../../shared/model/style-profile'
import { currentProfile } from '../state/editor-state'
import { useEditor } from '../state/store-context'

/** The current style profile, read from the editor store (its history holds the project's profile id). */
export function useStyleProfile(): StyleProfile {
  return useEditor(currentProfile)
}
