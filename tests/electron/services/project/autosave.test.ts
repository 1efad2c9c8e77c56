// The autosaver serialises each state of a project once: the journal and the file get the same text.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAutosaver } from '../../../../electron/services/project/autosave'
import { readJournal, writerJournalPath } from '../../../../electron/services/project/journal'
import { findRecoverable } from '../../../../electron/services/project/recovery'
import { diffProjects } from '../../../../shared/project/project-changes'
import { projectJsonText, projectToJson, type Project, type ProjectJson } from '../../../../shared/project/project-file'
import { makeCue, makeDoc } from '../../../helpers/builders'

const project = (...texts: string[]): Project => ({
  title: 'Talk',
  doc: makeDoc(texts.map((text, i) => makeCue(i + 1, text))),
  glossary: [],
})
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function journalLines(file: string, count: number): Promise<string[]> {
  const end = Date.now() + 5000
  for (;;) {
    const text = await fs.readFile(file, 'utf8').catch(() => '')
    const lines = text.split('\n').filter(Boolean)
    if (lines.length >= count) return lines
    if (Date.now() > end) throw new Error(`the journal has ${lines.length} lines, not ${count}`)
    await wait(10)
  }
}

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-autosave-'))
})

describe('one serialisation per save', () => {
  it('journals a whole project as the very text the file then gets, the payload as it was given', async () => {
    const file = path.join(dir, 'talk.eglur')
    const payload = projectToJson(project('one', 'two'), new Date(0))
    // Valid, and what a trip through the caption model would drop: the file must keep it.
    const given: ProjectJson = {
      ...payload,
      document: { ...payload.document, cues: payload.document.cues.map((c) => ({ ...c, kind: 'speech' as const })) },
    }
    const saver = createAutosaver({ projectPath: file, writerId: 'w1', delayMs: 10, calmMs: 60_000 })
    saver.replace(given)
    const [line] = await journalLines(writerJournalPath(file, 'w1'), 1)
    await expect(fs.access(file)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await saver.flush()).toMatchObject({ state: 'saved' })
    const text = await fs.readFile(file, 'utf8')
    const journaled = (JSON.parse(line!) as { base: ProjectJson }).base
    // Same savedAt and all: one serialisation, not one for the journal and another for the file.
    expect(journaled).toEqual(JSON.parse(text))
    expect(text).toBe(projectJsonText({ ...given, savedAt: journaled.savedAt }))
    await saver.dispose()
  })

  it('starts a journal after a file write from the text written, then the edits, and recovers them', async () => {
    const file = path.join(dir, 'talk.eglur')
    const before = project('one', 'two')
    const saver = createAutosaver({ projectPath: file, writerId: 'w2', delayMs: 10, calmMs: 60_000 })
    saver.replace(projectToJson(before, new Date(0)))
    await saver.flush()
    const written = await fs.readFile(file, 'utf8')
    const edited = {
      ...before,
      doc: { ...before.doc, cues: [{ ...before.doc.cues[0]!, text: 'one, fixed' }, before.doc.cues[1]!] },
    }
    expect(saver.edit(diffProjects(before, edited)!)).toBe(true)
    const journal = writerJournalPath(file, 'w2')
    const [base, changes] = await journalLines(journal, 2)
    expect((JSON.parse(base!) as { base: unknown }).base).toEqual(JSON.parse(written))
    expect(JSON.parse(changes!)).toHaveProperty('changes')
    expect((await readJournal(journal))!.project.doc.cues.map((c) => c.text)).toEqual(['one, fixed', 'two'])
    // As after a crash: the journal's work is offered over the file's.
    expect((await findRecoverable(file))?.json.document.cues[0]!.text).toBe('one, fixed')
    await saver.flush()
    await saver.dispose()
  })
})
