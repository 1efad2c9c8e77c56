// No source module may import itself back through others, not even for a type: a cycle makes load
// order matter (a class read before it is defined) and welds modules that should be separable.
// Only static imports and re-exports count: an `import()` loads on demand, after every module is
// defined (the CLI's command table loads each command that way, and a batch runs the CLI again).
// Imports are read from TypeScript's own syntax tree, so comments and strings are not mistaken.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const SOURCE_FOLDERS = ['shared', 'electron', 'renderer']

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** The file a relative specifier names, as TypeScript's bundler resolution finds it. */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '')
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return undefined
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of SOURCE_FOLDERS.flatMap((folder) => sourceFiles(path.join(root, folder)))) {
    const tree = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
    const specifiers = tree.statements
      .filter(
        (s): s is ts.ImportDeclaration | ts.ExportDeclaration => ts.isImportDeclaration(s) || ts.isExportDeclaration(s),
      )
      .map((s) => (s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : ''))
    graph.set(
      file,
      specifiers.map((specifier) => resolve(file, specifier)).filter((f): f is string => f !== undefined),
    )
  }
  return graph
}

/** Every strongly connected group of more than one module (Tarjan), as relative paths. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const found: string[][] = []
  let next = 0
  const visit = (node: string): void => {
    index.set(node, next)
    low.set(node, next++)
    stack.push(node)
    onStack.add(node)
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node)!, low.get(to)!))
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!))
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(path.relative(root, member))
      } while (member !== node)
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('the source tree’s imports', () => {
  it('form no cycle, type-only imports included', () => {
    expect(cycles(importGraph())).toEqual([])
  })

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(cycles(graph)).toEqual([
      [path.relative(root, 'a'), path.relative(root, 'b'), path.relative(root, 'c')].sort(),
    ])
  })
})
