/**
 * One caption file per language of a document (`event.en-GB.vtt`, `event.cy.vtt`): each language as
 * a document of its own (the master's times, that language's text), named so that players and
 * YouTube pick the language from the file name.
 */

import type { CaptionDocument } from '../model/document'
import { documentLanguages, sameLanguage } from '../model/translation'
import { documentInLanguage } from '../model/translation-document'

/** One language's captions, ready to serialise, and how many master captions had no translation. */
export type LanguageFile = Readonly<{ language: string; fileName: string; doc: CaptionDocument; untranslated: number }>

/** `base` without a language suffix of the document's (`talk.en` → `talk`), so names do not double up. */
export function baseWithoutLanguage(doc: CaptionDocument, base: string): string {
  const suffix = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(base)
  return suffix && documentLanguages(doc).some((l) => sameLanguage(l, suffix[1]!)) ? base.slice(0, suffix.index) : base
}

/** `event.cy.vtt` for base `event`, language `cy` and extension `vtt`. */
export function languageFileName(base: string, language: string, extension: string): string {
  return `${base}.${language}.${extension}`
}

/** The document in each of `languages` (default: all of its languages), named `base.<tag>.<extension>`. */
export function languageFiles(
  doc: CaptionDocument,
  base: string,
  extension: string,
  languages: readonly string[] = documentLanguages(doc),
): LanguageFile[] {
  const stem = baseWithoutLanguage(doc, base)
  return languages.map((language) => {
    const { doc: inLanguage, untranslated } = documentInLanguage(doc, language)
    return { language, fileName: languageFileName(stem, language, extension), doc: inLanguage, untranslated }
  })
}
