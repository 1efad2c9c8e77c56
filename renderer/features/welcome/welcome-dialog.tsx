/**
 * The first-run welcome: the three jobs Eglur does, in plain words, and the two ways to start —
 * the bundled sample project (nothing of the user's own at stake) or their own video.
 */

import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../ui/modal-dialog'

/** Props: each button's action. Esc and Close both call `onClose`. */
export type WelcomeDialogProps = Readonly<{
  /** Opens the bundled sample project (its path comes with the launch info: `sampleProjectPath`); without it the sample is not offered. */
  onOpenSample?: () => void
  /** Starts the usual open flow for the user's own video and captions. */
  onOpenOwn: () => void
  /** Closes the welcome without opening anything. */
  onClose: () => void
}>

const JOBS = ['correct', 'transcript', 'export'] as const

/** The modal welcome shown on first run (and from Help). */
export function WelcomeDialog({ onOpenSample, onOpenOwn, onClose }: WelcomeDialogProps) {
  const { t } = useTranslation()
  const sample = useRef<HTMLButtonElement>(null)
  const own = useRef<HTMLButtonElement>(null)
  // showModal() (in ModalDialog's effect, which runs first) focuses the header's Close button;
  // the likeliest next step for a new user is the sample (else their own video), so focus moves there.
  useEffect(() => (sample.current ?? own.current)?.focus(), [])
  return (
    <ModalDialog title={t('welcome.heading')} onClose={onClose} className="welcome-dialog">
      <p>{t('welcome.intro')}</p>
      <ol className="welcome-dialog__jobs">
        {JOBS.map((job) => (
          <li key={job}>
            <strong>{t(`welcome.jobs.${job}.title`)}</strong> {t(`welcome.jobs.${job}.text`)}
          </li>
        ))}
      </ol>
      {onOpenSample ? <p>{t('welcome.sampleHint')}</p> : null}
      <div className="welcome-dialog__actions">
        {onOpenSample ? (
          <button ref={sample} type="button" className="primary" onClick={onOpenSample}>
            {t('welcome.openSample')}
          </button>
        ) : null}
        <button ref={own} type="button" className={onOpenSample ? undefined : 'primary'} onClick={onOpenOwn}>
          {t('welcome.openOwn')}
        </button>
      </div>
      <p className="welcome-dialog__later">{t('welcome.later')}</p>
    </ModalDialog>
  )
}
