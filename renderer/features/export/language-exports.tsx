/**
 * Export for a project in several languages: the captions in each language (one file per language,
 * `event.cy.vtt`, timed by the main captions) and the bilingual transcript, side by side or one
 * language after the other. Shown only when the project has a translation.
 */

import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { writeChecked, type ExportProblem } from '../../../shared/formats/export-check'
import { languageFiles } from '../../../shared/formats/language-files'
import type { CaptionDocument } from '../../../shared/model/document'
import { documentLanguages } from '../../../shared/model/translation'
import { BILINGUAL_LAYOUTS, buildBilingualTranscript, type BilingualLayout } from '../../../shared/transcript/bilingual'
import { languageName } from '../../../shared/transcript/language-names'
import {
  renderBilingualHtml,
  renderBilingualMarkdown,
  renderBilingualText,
} from '../../../shared/transcript/render-bilingual'
import type { PlatformBridge } from '../../platform/bridge-context'
import { downloadBlob } from '../../platform/download'
import type { SaveOutcome, SaveRequest } from '../../platform/save-file'
import { ExportChoice } from './export-choice'

/** Caption formats offered one file per language. */
const EACH_LANGUAGE = [
  { id: 'vtt', type: 'text/vtt' },
  { id: 'srt', type: 'application/x-subrip' },
] as const

/** Bilingual transcript formats (Word is made here, in the page, and written as bytes). */
const BILINGUAL = [
  { id: 'html', type: 'text/html', render: renderBilingualHtml },
  { id: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: undefined },
  { id: 'md', type: 'text/markdown', render: renderBilingualMarkdown },
  { id: 'txt', type: 'text/plain', render: renderBilingualText },
] as const

/** What the language choices need from the exporter. */
export type LanguageExport = Readonly<{
  /** The open document's languages, the main one first (fewer than two: nothing to offer). */
  languages: () => string[]
  /** One caption file per language. */
  exportEachLanguage: (formatId: (typeof EACH_LANGUAGE)[number]['id']) => void
  /** The transcript in every language, laid out as chosen. */
  exportBilingual: (formatId: (typeof BILINGUAL)[number]['id'], layout: BilingualLayout) => void
}>

/** What the language exports are given by the exporter. */
type Deps = Readonly<{
  doc: () => CaptionDocument
  title: string
  save: (request: Omit<SaveRequest, 'nearPath'>) => Promise<SaveOutcome>
  /** The project or video, where the save dialog starts. */
  nearPath?: string
  /** The bridge the exporter was given, for the Word file's bytes. */
  platform: PlatformBridge
  refused: (problem: ExportProblem) => void
  report: (outcome: { saved: string[]; failed?: string; untranslated: { language: string; count: number }[] }) => void
}>

/** Saves Word bytes: the save dialog and an atomic write in the desktop app, a download in browser mode. */
async function saveBytes(
  { bridge, desktop }: PlatformBridge,
  fileName: string,
  bytes: Uint8Array,
  type: string,
  nearPath: string | undefined,
): Promise<SaveOutcome> {
  if (!desktop) {
    downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }))
    return { ok: true, where: fileName }
  }
  const suggestedPath = nearPath ? nearPath.replace(/[^\\/]*$/, fileName) : undefined
  const chosen = await bridge.chooseSavePath({ kind: 'docx', ...(suggestedPath ? { suggestedPath } : {}) })
  if (!chosen.ok) return { ok: false, code: chosen.code }
  const written = await bridge.writeExport({ path: chosen.path, bytes })
  return written.ok ? { ok: true, where: chosen.path } : { ok: false, code: written.code }
}

/** The language export actions for the exporter. */
export function languageExports({ doc, title, save, refused, report, nearPath, platform }: Deps): LanguageExport {
  return {
    languages: () => documentLanguages(doc()),
    exportEachLanguage(formatId) {
      const target = EACH_LANGUAGE.find((x) => x.id === formatId)!
      const files = languageFiles(doc(), title, target.id)
      const texts: string[] = []
      for (const file of files) {
        const checked = writeChecked(file.doc, target.id)
        if (!checked.ok) return refused(checked.problem)
        texts.push(checked.text)
      }
      void (async () => {
        const saved: string[] = []
        for (const [i, file] of files.entries()) {
          const outcome = await save({ kind: target.id, fileName: file.fileName, text: texts[i]!, type: target.type })
          if (!outcome.ok)
            return report({
              saved,
              ...(outcome.code !== 'cancelled' ? { failed: outcome.code } : {}),
              untranslated: [],
            })
          saved.push(outcome.where)
        }
        report({
          saved,
          untranslated: files
            .filter((f) => f.untranslated > 0)
            .map((f) => ({ language: f.language, count: f.untranslated })),
        })
      })()
    },
    exportBilingual(formatId, layout) {
      const target = BILINGUAL.find((x) => x.id === formatId)!
      const t = buildBilingualTranscript(doc(), documentLanguages(doc()), { title, layout })
      const fileName = `${title}-transcript.${documentLanguages(doc()).join('-')}.${target.id}`
      void (async () => {
        let outcome: SaveOutcome
        if (!target.render) {
          // The Word writer is loaded only when asked for.
          const { renderBilingualDocx } = await import('../../../shared/transcript/render-bilingual-docx')
          outcome = await saveBytes(platform, fileName, await renderBilingualDocx(t), target.type, nearPath)
        } else
          outcome = await save({
            kind: target.id,
            fileName,
            text: target.render(t),
            type: `${target.type};charset=utf-8`,
          })
        report(
          outcome.ok
            ? { saved: [outcome.where], untranslated: [] }
            : { saved: [], ...(outcome.code !== 'cancelled' ? { failed: outcome.code } : {}), untranslated: [] },
        )
      })()
    },
  }
}

/** The Languages part of the Export dialog (nothing for a project in one language). */
export function LanguageChoices({ exporter }: { exporter: LanguageExport }) {
  const { t } = useTranslation()
  const id = useId()
  const [layout, setLayout] = useState<BilingualLayout>('columns')
  const languages = exporter.languages()
  if (languages.length < 2) return null
  const names = languages.map(languageName).join(', ')
  return (
    <>
      <h3>{t('export.languages.heading')}</h3>
      <ul className="export-dialog__list">
        {EACH_LANGUAGE.map((f) => (
          <ExportChoice
            key={f.id}
            label={t(`export.languages.each.${f.id}`)}
            hint={t('export.languages.eachHint', { names })}
            onChoose={() => exporter.exportEachLanguage(f.id)}
          />
        ))}
      </ul>
      <fieldset className="settings-dialog__group">
        <legend>{t('export.languages.layout')}</legend>
        {BILINGUAL_LAYOUTS.map((l) => (
          <label key={l} className="checkbox">
            <input type="radio" name={`${id}-layout`} value={l} checked={layout === l} onChange={() => setLayout(l)} />
            {t(`export.languages.layouts.${l}`)}
          </label>
        ))}
      </fieldset>
      <ul className="export-dialog__list">
        {BILINGUAL.map((f) => (
          <ExportChoice
            key={f.id}
            label={t(`export.languages.bilingual.${f.id}`)}
            hint={t('export.languages.bilingualHint', { names })}
            onChoose={() => exporter.exportBilingual(f.id, layout)}
          />
        ))}
      </ul>
    </>
  )
}
