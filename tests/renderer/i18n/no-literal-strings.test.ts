// No UI text is written straight into JSX: words in JSX text and in aria-label/title/placeholder/alt
// must come from t() so that Welsh (and every later language) is complete. Scanned with the
// TypeScript compiler, so comments and code are never mistaken for text.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
])
/** Something a person reads: at least one letter (digits, `#`, `/` and `×` are the same in every language). */
const WORDS = /\p{L}/u

/** Literal UI strings in one TSX source, as `line: text`. */
function literalStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, text: string) =>
    found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`)
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text)
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer
      const value = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) ? init.expression : undefined
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && WORDS.test(value.text))
        report(node, value.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? tsxFiles(full) : name.endsWith('.tsx') ? [full] : []
  })
}

describe('no literal UI strings', () => {
  it('finds words in JSX text and text attributes, and ignores t() calls, comments, class names and symbols', () => {
    const sample = [
      '<p>Saved</p>',
      '<button aria-label="Close">{t("common.close")}</button>',
      '<input placeholder={`Search`} title={t("x")} className="field" />',
      '<span>#</span>',
      '<span> / </span>',
      '{/* a comment */}',
    ].join('\n')
    expect(literalStrings('sample.tsx', `const x = <div>\n${sample}\n</div>`)).toEqual([
      '2: Saved',
      '3: Close',
      '4: Search',
    ])
  })

  it('every .tsx file under renderer/ passes', () => {
    const problems = tsxFiles(path.join(root, 'renderer')).flatMap((file) =>
      literalStrings(file, readFileSync(file, 'utf8')).map((p) => `${path.relative(root, file)}:${p}`),
    )
    expect(problems).toEqual([])
  })
})
