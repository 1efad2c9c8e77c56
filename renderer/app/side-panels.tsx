/** The editor's side panels (speakers, find and replace, glossary, problems, plain English, languages, versions) behind a row of tabs. */

import { useTranslation } from 'react-i18next'
import { FindReplacePanel } from '../features/find-replace/find-replace-panel'
import { SpeakersPanel } from '../features/speakers/speakers-panel'
import { ProblemsPanel } from '../features/problems/problems-panel'
import { PlainEnglishPanel } from '../features/plain-english/plain-english-panel'
import { GlossaryPanel } from '../features/glossary/glossary-panel'
import { VersionsPanel } from '../features/versions'
import { LanguagesPanel } from '../features/languages/languages-panel'
import type { Finding } from '../../shared/quality/finding'

/** Which panel is shown. */
export type Panel = 'find' | 'speakers' | 'problems' | 'plain-english' | 'glossary' | 'languages' | 'versions'

/** Props: the panel shown, the findings and the language checked (the glossary and profile are the store's). */
export type SidePanelsProps = Readonly<{
  panel: Panel
  onPanel: (panel: Panel) => void
  findings: readonly Finding[]
  /** True while the opened document is being checked for the first time. */
  checking?: boolean
  /** The language the problems are checked in (undefined: the captions' own). */
  checkLanguage?: string
  onCheckLanguageChange?: (language: string | undefined) => void
}>

/** The tabs and the chosen panel. */
export function SidePanels({
  panel,
  onPanel,
  findings,
  checking = false,
  checkLanguage,
  onCheckLanguageChange,
}: SidePanelsProps) {
  const { t } = useTranslation()
  const tab = (id: Panel, label: string) => (
    <button type="button" aria-pressed={panel === id} onClick={() => onPanel(id)}>
      {label}
    </button>
  )
  return (
    <div className="side-panel">
      <div role="group" aria-label={t('panels.choose')} className="side-panel__tabs">
        {tab('speakers', t('speakers.heading'))}
        {tab('find', t('find.heading'))}
        {tab('glossary', t('glossary.heading'))}
        {tab('problems', checking ? t('problems.heading') : t('problems.count', { count: findings.length }))}
        {tab('plain-english', t('plainEnglish.heading'))}
        {tab('languages', t('languages.heading'))}
        {tab('versions', t('versions.heading'))}
      </div>
      {
        {
          speakers: <SpeakersPanel />,
          find: <FindReplacePanel />,
          glossary: <GlossaryPanel />,
          problems: (
            <ProblemsPanel
              findings={findings}
              checking={checking}
              {...(checkLanguage ? { checkLanguage } : {})}
              {...(onCheckLanguageChange ? { onCheckLanguageChange } : {})}
            />
          ),
          'plain-english': <PlainEnglishPanel />,
          languages: <LanguagesPanel />,
          versions: <VersionsPanel />,
        }[panel]
      }
    </div>
  )
}
