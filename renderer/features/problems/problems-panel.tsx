/**
 * The problems panel: quality findings grouped by rule, in plain words, with the profile picker,
 * a button per fix, and "fix all of this kind" with a preview (applied as one undo step).
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaptionDocument } from '../../../shared/model/document'
import type { StyleProfile } from '../../../shared/model/style-profile'
import { BUILT_IN_PROFILES } from '../../../shared/quality/profiles'
import type { Finding, FixId, RuleId } from '../../../shared/quality/finding'
import { applyFix, fixAll } from '../../../shared/quality/fixes'
import { useDispatch, useStore } from '../../state/store-context'
import { keepVersionBefore } from '../versions'
import { CheckLanguage } from '../languages/check-language'
import { useStyleProfile } from '../../ui/style-profile-context'

/** Props: the findings (computed by the screen, which also marks the list); the profile is the store's. */
export type ProblemsPanelProps = Readonly<{
  findings: readonly Finding[]
  /** True while the opened captions are being checked for the first time (no findings yet is not "no problems"). */
  checking?: boolean
  /** The language whose captions were checked (undefined: the captions' own); the fixes edit only the captions' own text. */
  checkLanguage?: string
  onCheckLanguageChange?: (language: string | undefined) => void
}>

const MAX_LISTED = 30

/** The problems panel. */
export function ProblemsPanel({
  findings,
  checking = false,
  checkLanguage,
  onCheckLanguageChange,
}: ProblemsPanelProps) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const profile = useStyleProfile()
  const groups = new Map<RuleId, Finding[]>()
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f])
  return (
    <section className="panel problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('problems.heading')}</h2>
      <div className="field">
        <label htmlFor="profile-picker">{t('problems.profile')}</label>
        <select
          id="profile-picker"
          value={profile.id}
          onChange={(e) => dispatch({ type: 'profileChosen', profileId: e.target.value })}
        >
          {BUILT_IN_PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`profileNames.${p.id}`, { defaultValue: p.name })}
            </option>
          ))}
        </select>
      </div>
      {onCheckLanguageChange ? <CheckLanguage language={checkLanguage} onChange={onCheckLanguageChange} /> : null}
      <p role="status" className="panel__status">
        {checking
          ? t('problems.checking')
          : findings.length === 0
            ? t('problems.none')
            : t('problems.count', { count: findings.length })}
      </p>
      {[...groups].map(([rule, list]) => (
        <RuleGroup
          key={rule}
          rule={rule}
          findings={checkLanguage ? list.map((f) => ({ ...f, fixes: [] })) : list}
          profile={profile}
        />
      ))}
    </section>
  )
}

function RuleGroup({ rule, findings, profile }: { rule: RuleId; findings: readonly Finding[]; profile: StyleProfile }) {
  const { t } = useTranslation()
  const store = useStore()
  const dispatch = useDispatch()
  const [preview, setPreview] = useState<{ fix: FixId; doc: CaptionDocument; count: number } | undefined>()
  const fixIds = [...new Set(findings.flatMap((f) => f.fixes))]
  const numberOf = (cueId: string) => store.getState().history.present.cues.findIndex((c) => c.id === cueId) + 1
  const prepare = (fix: FixId) => {
    const result = fixAll(store.getState().history.present, findings, fix, { profile })
    setPreview({ fix, doc: result.doc, count: result.preview.length })
  }
  return (
    <details className="problems__group" open={findings.length <= 5}>
      <summary>{t(`problems.rules.${rule}`, { count: findings.length })}</summary>
      <div className="panel__buttons">
        {fixIds.map((fix) => (
          <button key={fix} type="button" onClick={() => prepare(fix)}>
            {t('problems.fixAll', { fix: t(`problems.fixes.${fix}`) })}
          </button>
        ))}
      </div>
      {preview ? (
        <div className="problems__preview" role="group" aria-label={t('problems.previewLabel')}>
          <p>{t('problems.preview', { count: preview.count, fix: t(`problems.fixes.${preview.fix}`) })}</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              void keepVersionBefore('fix-all', preview.fix)
              dispatch({ type: 'documentReplaced', doc: preview.doc, label: 'fix' })
              setPreview(undefined)
            }}
          >
            {t('problems.apply', { count: preview.count })}
          </button>
          <button type="button" onClick={() => setPreview(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
      <ul className="problems__list">
        {findings.slice(0, MAX_LISTED).map((f) => (
          <li key={`${f.cueId}-${f.rule}`}>
            <button type="button" className="link" onClick={() => dispatch({ type: 'cueSelected', id: f.cueId })}>
              {t('problems.caption', { number: numberOf(f.cueId) })}
            </button>{' '}
            {t(f.messageKey, f.params)}{' '}
            {f.fixes.map((fix) => (
              <button
                key={fix}
                type="button"
                onClick={() =>
                  dispatch({
                    type: 'documentReplaced',
                    doc: applyFix(store.getState().history.present, f.cueId, fix, { profile }),
                    label: 'fix',
                  })
                }
              >
                {t(`problems.fixes.${fix}`)}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {findings.length > MAX_LISTED ? <p>{t('problems.more', { count: findings.length - MAX_LISTED })}</p> : null}
    </details>
  )
}
