/**
 * The desktop app's native menu sends commands over the bridge (`app:menu-command`); this maps them
 * to the same actions as the buttons and keys. Single-key shortcuts stay in the renderer (the menu
 * only carries modified accelerators, which would otherwise fire while typing).
 */

import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../shared/ipc/contract'
import { getBridge } from '../platform/bridge'

/** Handlers for the commands this screen understands; the rest are ignored. */
export type MenuHandlers = Partial<Record<MenuCommand, () => void>>

/** Subscribes to menu commands for as long as the component is mounted. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => getBridge().on('app:menu-command', ({ command }) => latest.current[command]?.()), [])
}
