/**
 * The Languages panel: the captions' own language, the other languages with how far each has got,
 * which one is shown beside the captions (the working language), adding and removing a language,
 * importing captions in it, and the speakers' roles in it.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaptionDocument } from '../../../shared/model/document'
import type { TranslationTrack } from '../../../shared/model/document'
import { sameLanguage, translationCounts } from '../../../shared/model/translation'
import { useDispatch, useEditor } from '../../state/store-context'
import { workingLanguageOf } from '../../state/editor-state'
import { useAnnounce } from '../announcer'
import { LanguagePicker } from './language-picker'
import { languageLabel } from './language-names'
import { ImportTranslation } from './import-translation'
import { TranslatedRoles } from './translated-roles'
import './languages.css'

/** The Languages panel. */
export function LanguagesPanel() {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const announce = useAnnounce()
  const doc = useEditor((s) => s.history.present)
  const working = useEditor(workingLanguageOf)
  const tracks = doc.translations ?? []
  const own = doc.meta?.language
  const workingLabel = working ? languageLabel(t, working) : undefined
  return (
    <section className="panel languages" aria-labelledby="languages-heading">
      <h2 id="languages-heading">{t('languages.heading')}</h2>
      <p>{t('languages.intro')}</p>
      <OwnLanguage own={own} exclude={tracks.map((tr) => tr.language)} />
      <h3>{t('languages.others')}</h3>
      {tracks.length === 0 ? (
        <p className="panel__empty">{t('languages.none')}</p>
      ) : (
        <TrackList doc={doc} tracks={tracks} />
      )}
      {tracks.length > 0 ? (
        <span className="field languages__working">
          <label htmlFor="working-language">{t('languages.working')}</label>
          <select
            id="working-language"
            value={working ?? ''}
            onChange={(e) => dispatch({ type: 'workingLanguageChosen', language: e.target.value || undefined })}
          >
            <option value="">{t('languages.workingNone')}</option>
            {tracks.map((tr) => (
              <option key={tr.language} value={tr.language}>
                {languageLabel(t, tr.language)}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <h3>{t('languages.add')}</h3>
      <LanguagePicker
        key={`add-${tracks.length}`}
        id="add-language"
        label={t('languages.addLabel')}
        exclude={[...(own ? [own] : []), ...tracks.map((tr) => tr.language)]}
        submitLabel={t('languages.addButton')}
        onPick={(language) => {
          // Captions with no language yet are taken to be British English, the language Eglur's sample and most of its users start from; the panel shows it and it can be changed.
          dispatch({ type: 'languageAdded', language, ...(own ? {} : { masterLanguage: 'en-GB' }) })
          announce(t('languages.added', { language: languageLabel(t, language) }))
        }}
      />
      {working && workingLabel ? (
        <>
          <h3>{t('languages.workingHeading', { language: workingLabel })}</h3>
          <ImportTranslation key={working} language={working} label={workingLabel} />
          <TranslatedRoles language={working} label={workingLabel} />
        </>
      ) : null}
    </section>
  )
}

/** The captions' own language, with a button that opens the picker to change it. */
function OwnLanguage({ own, exclude }: { own: string | undefined; exclude: readonly string[] }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const announce = useAnnounce()
  const [changing, setChanging] = useState(!own)
  return (
    <>
      <p className="languages__own">
        {own ? t('languages.ownIs', { language: languageLabel(t, own) }) : t('languages.ownUnknown')}{' '}
        {own ? (
          <button
            type="button"
            aria-expanded={changing}
            aria-controls="own-language-picker"
            onClick={() => setChanging(!changing)}
          >
            {t('languages.change')}
          </button>
        ) : null}
      </p>
      {changing ? (
        <div id="own-language-picker">
          <LanguagePicker
            id="own-language"
            label={t('languages.own')}
            {...(own ? { value: own } : {})}
            exclude={exclude}
            submitLabel={t('languages.setOwn')}
            onPick={(language) => {
              dispatch({ type: 'documentLanguageSet', language })
              setChanging(false)
              announce(t('languages.ownSet', { language: languageLabel(t, language) }))
            }}
          />
        </div>
      ) : null}
    </>
  )
}

/** Each language with its counts and a remove button that asks first. */
function TrackList({ doc, tracks }: { doc: CaptionDocument; tracks: readonly TranslationTrack[] }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const announce = useAnnounce()
  const [confirming, setConfirming] = useState<string | undefined>()
  return (
    <ul className="languages__list">
      {tracks.map((track) => {
        const label = languageLabel(t, track.language)
        const counts = translationCounts(doc, track.language)
        const asking = confirming !== undefined && sameLanguage(confirming, track.language)
        return (
          <li key={track.language}>
            <strong>{label}</strong>
            <span className="languages__counts">
              {t('languages.counts', { missing: counts.missing, check: counts.needsCheck, done: counts.done })}
            </span>
            {asking ? (
              <span
                role="group"
                aria-label={t('languages.confirmLabel', { language: label })}
                className="languages__confirm"
              >
                <span>{t('languages.confirm', { language: label, count: counts.done + counts.needsCheck })}</span>
                <button
                  type="button"
                  className="danger"
                  ref={(el) => el?.focus()}
                  onClick={() => {
                    dispatch({ type: 'languageRemoved', language: track.language })
                    setConfirming(undefined)
                    announce(t('languages.removed', { language: label }))
                    document.getElementById('add-language')?.focus()
                  }}
                >
                  {t('languages.removeYes')}
                </button>
                <button type="button" onClick={() => setConfirming(undefined)}>
                  {t('common.cancel')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                aria-label={t('languages.removeLabel', { language: label })}
                onClick={() => setConfirming(track.language)}
              >
                {t('languages.remove')}
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
