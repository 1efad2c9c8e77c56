/**
 * The settings dialog: language, theme, caption preview size, how far before a chosen caption the
 * video goes, auto-pause, earcons, spoken cues and a way to the shortcuts. Changes apply at once (and are saved), so there is nothing to confirm and
 * the editor hears or sees each change straight away.
 */

import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES } from '../../i18n/index'
import { ModalDialog } from '../../ui/modal-dialog'
import { useSettings } from './settings-context'
import {
  autoPauseOf,
  CAPTION_SIZES,
  captionSizeOf,
  CUE_LEAD_IN_CHOICES,
  cueLeadInOf,
  RESUME_BACK_CHOICES,
  THEMES,
  themeOf,
  toContractAutoPause,
} from './settings-model'

/** Props: `onOpenShortcuts` swaps this dialog for the shortcuts sheet. */
export type SettingsDialogProps = Readonly<{ onClose: () => void; onOpenShortcuts?: () => void }>

const RESUME_AFTER_CHOICES: readonly number[] = [1000, 1500, 2000, 3000, 5000]

/** The modal settings dialog. */
export function SettingsDialog({ onClose, onOpenShortcuts }: SettingsDialogProps) {
  const { t } = useTranslation()
  const { settings, update, language, systemLanguage } = useSettings()
  const id = useId()
  const systemName = UI_LANGUAGES.find((l) => l.code === systemLanguage)?.name ?? ''
  return (
    <ModalDialog title={t('settings.heading')} onClose={onClose} className="settings-dialog">
      <div className="settings-dialog__field">
        <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
        <select
          id={`${id}-language`}
          value={settings.language ?? ''}
          onChange={(e) => update({ language: e.target.value || undefined })}
        >
          <option value="">{t('settings.languageSystem', { name: systemName })}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="settings-dialog__group">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="checkbox">
            <input
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={themeOf(settings) === theme}
              onChange={() => update({ theme })}
            />
            {t(`settings.themes.${theme}`)}
          </label>
        ))}
      </fieldset>
      <div className="settings-dialog__field">
        <label htmlFor={`${id}-caption-size`}>{t('settings.captionSize')}</label>
        <select
          id={`${id}-caption-size`}
          value={String(captionSizeOf(settings))}
          onChange={(e) => update({ captionSizePercent: Number(e.target.value) })}
        >
          {CAPTION_SIZES.map((size) => (
            <option key={size} value={String(size)}>
              {t('settings.percent', { value: new Intl.NumberFormat(language).format(size) })}
            </option>
          ))}
        </select>
      </div>
      <div className="settings-dialog__field">
        <label htmlFor={`${id}-lead-in`}>{t('settings.leadIn')}</label>
        <select
          id={`${id}-lead-in`}
          value={String(cueLeadInOf(settings))}
          onChange={(e) => update({ cueLeadInMs: Number(e.target.value) })}
        >
          {withCurrent(CUE_LEAD_IN_CHOICES, cueLeadInOf(settings)).map((ms) => (
            <option key={ms} value={String(ms)}>
              {t('settings.seconds', { value: new Intl.NumberFormat(language).format(ms / 1000) })}
            </option>
          ))}
        </select>
      </div>
      <AutoPauseFields />
      <fieldset className="settings-dialog__group">
        <legend>{t('settings.playbackHelp')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.earcons ?? false}
            onChange={(e) => update({ earcons: e.target.checked })}
          />
          {t('settings.earcons')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.announceCues ?? false}
            onChange={(e) => update({ announceCues: e.target.checked })}
          />
          {t('settings.announceCues')}
        </label>
      </fieldset>
      {onOpenShortcuts ? (
        <p>
          <button type="button" onClick={onOpenShortcuts}>
            {t('settings.shortcuts')}
          </button>
        </p>
      ) : null}
    </ModalDialog>
  )
}

/** Auto-pause on/off and its two times (the transport's checkbox mirrors the first). */
function AutoPauseFields() {
  const { t } = useTranslation()
  const { settings, update, language } = useSettings()
  const id = useId()
  const autoPause = autoPauseOf(settings)
  const seconds = (ms: number) => t('settings.seconds', { value: new Intl.NumberFormat(language).format(ms / 1000) })
  return (
    <fieldset className="settings-dialog__group">
      <legend>{t('settings.autoPause')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={autoPause.enabled}
          onChange={(e) => update({ autoPause: toContractAutoPause({ ...autoPause, enabled: e.target.checked }) })}
        />
        {t('transport.autoPause')}
      </label>
      <div className="settings-dialog__field">
        <label htmlFor={`${id}-resume-after`}>{t('settings.resumeAfter')}</label>
        <select
          id={`${id}-resume-after`}
          value={String(autoPause.resumeAfterMs)}
          disabled={!autoPause.enabled}
          onChange={(e) =>
            update({ autoPause: toContractAutoPause({ ...autoPause, resumeAfterMs: Number(e.target.value) }) })
          }
        >
          {withCurrent(RESUME_AFTER_CHOICES, autoPause.resumeAfterMs).map((ms) => (
            <option key={ms} value={String(ms)}>
              {seconds(ms)}
            </option>
          ))}
        </select>
      </div>
      <div className="settings-dialog__field">
        <label htmlFor={`${id}-resume-back`}>{t('settings.resumeBack')}</label>
        <select
          id={`${id}-resume-back`}
          value={String(autoPause.rewindMs)}
          disabled={!autoPause.enabled}
          onChange={(e) =>
            update({ autoPause: toContractAutoPause({ ...autoPause, rewindMs: Number(e.target.value) }) })
          }
        >
          {withCurrent(RESUME_BACK_CHOICES, autoPause.rewindMs).map((ms) => (
            <option key={ms} value={String(ms)}>
              {seconds(ms)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}

/** The offered values plus the stored one when it is not among them (set by a newer version, say). */
function withCurrent(choices: readonly number[], current: number): readonly number[] {
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b)
}
