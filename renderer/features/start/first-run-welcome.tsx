/** The welcome shown once, on the first start (not when files were named at launch: those open straight away). */

import { useState } from 'react'
import { WelcomeDialog } from '../welcome/welcome-dialog'
import { useSettings } from '../settings/settings-context'

/** Props: whether files are about to open, and the two ways to start. */
export type FirstRunWelcomeProps = Readonly<{ hasFilesToOpen: boolean; onSample?: () => void; onOwn: () => void }>

/** Shows the welcome until it has been seen, then never again (kept in settings). */
export function FirstRunWelcome({ hasFilesToOpen, onSample, onOwn }: FirstRunWelcomeProps) {
  const { settings, update } = useSettings()
  const [open, setOpen] = useState(!settings.welcomeSeen && !hasFilesToOpen)
  if (!open) return null
  const done = (then?: () => void) => () => {
    setOpen(false)
    update({ welcomeSeen: true })
    then?.()
  }
  return (
    <WelcomeDialog {...(onSample ? { onOpenSample: done(onSample) } : {})} onOpenOwn={done(onOwn)} onClose={done()} />
  )
}
