/**
 * `npm run bench`: runs every benchmark in bench/ (a module exporting `run(): string | Promise<string>`)
 * and prints each one's Markdown table. With `--write`, the tables replace the figures in bench/README.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = import.meta.dirname
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
const sections: string[] = []
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => string | Promise<string> }
  const body = await mod.run()
  const section = `### ${file}\n\n${body}\n`
  console.log(section)
  sections.push(section)
}
if (process.argv.includes('--write')) {
  const readme = path.join(dir, 'README.md')
  const text = readFileSync(readme, 'utf8')
  const marker = '<!-- figures -->'
  const head = text.includes(marker) ? text.slice(0, text.indexOf(marker) + marker.length) : `${text}\n${marker}`
  const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`
  writeFileSync(readme, `${head}\n\n${machine}\n\n${sections.join('\n')}`)
}
