/**
 * `npm run bench`: runs every benchmark in bench/ (a module exporting `run(): string | Promise<string>`)
 * and prints each one's Markdown table; `npm run bench -- caption-import` runs only the benchmarks whose
 * file name contains a given word. With `--write`, the tables replace the figures in bench/README.md
 * (with a filter, only the sections that ran).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = import.meta.dirname
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))),
)
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
  if (only.length === 0) writeFileSync(readme, `${head}\n\n${machine}\n\n${sections.join('\n')}`)
  else {
    // With a filter, replace only the sections that ran (each then says when it was measured); keep the rest.
    let updated = text
    for (const section of sections) {
      const title = section.slice(0, section.indexOf('\n'))
      const dated = section.replace('\n\n', `\n\n${machine}\n\n`)
      const at = updated.indexOf(`${title}\n`)
      const next = at < 0 ? -1 : updated.indexOf('\n### ', at + title.length)
      updated =
        at < 0
          ? `${updated.trimEnd()}\n\n${dated}`
          : `${updated.slice(0, at)}${dated}${next < 0 ? '' : updated.slice(next)}`
    }
    writeFileSync(readme, updated)
  }
}
