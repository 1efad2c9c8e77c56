// Every translation key used in the renderer exists in every language, and no language has keys the others lack.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const locales = readdirSync(path.join(root, 'assets/locales'))

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
}

/** Keys as i18next resolves plurals: `x_one`/`x_other` count as `x`. */
const baseKey = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, '')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : []
  })
}

const keysOf = (lang: string): Set<string> =>
  new Set(flatten(JSON.parse(readFileSync(path.join(root, 'assets/locales', lang, 'translation.json'), 'utf8'))))

describe('translations', () => {
  it('English and Welsh are both present', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['cy', 'en']))
  })

  it('every language has exactly the same keys as English (plural forms aside)', () => {
    const bases = (lang: string) => [...new Set([...keysOf(lang)].map(baseKey))].sort()
    const english = bases('en')
    for (const lang of locales) expect(bases(lang), `keys of ${lang}`).toEqual(english)
  })

  it('every plural key has each plural form its language needs (Welsh has six)', () => {
    for (const lang of locales) {
      const keys = keysOf(lang)
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
      const plurals = new Set([...keys].filter((k) => k !== baseKey(k)).map(baseKey))
      for (const base of plurals) {
        for (const form of needed) expect(keys.has(`${base}_${form}`), `${lang}: ${base}_${form}`).toBe(true)
      }
    }
  })

  it('every literal key used with t() in the renderer exists in English', () => {
    const english = new Set([...keysOf('en')].map(baseKey))
    const missing: string[] = []
    for (const file of sourceFiles(path.join(root, 'renderer'))) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        if (!english.has(m[1]!)) missing.push(`${path.relative(root, file)}: ${m[1]}`)
      }
    }
    expect(missing).toEqual([])
  })
})
