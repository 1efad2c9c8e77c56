/** The style profile the open work is checked against, for components deep in the editor (the caption editor's meters). */

import { createContext, useContext } from 'react'
import { ACCESSIBLE_DEFAULT_PROFILE, type StyleProfile } from '../../shared/model/style-profile'

const StyleProfileContext = createContext<StyleProfile>(ACCESSIBLE_DEFAULT_PROFILE)

/** Provides the current profile to the components below. */
export const StyleProfileProvider = StyleProfileContext.Provider

/** The current style profile (the accessible default outside a provider). */
export function useStyleProfile(): StyleProfile {
  return useContext(StyleProfileContext)
}
