import { describe, expect, it } from 'vitest'
import { asCueId, asSpeakerId, makeDocument, updateCue, type Cue } from '../../../shared/model'
import { documentToJson } from '../../../shared/formats/json'
import {
  autosaveText,
  clearAutosave,
  readAutosave,
  writeAutosave,
  type KeyValueStorage,
} from '../../../renderer/platform/autosave'

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  }
}

const cue = (n: number, text: string, extra: Partial<Cue> = {}): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
  ...extra,
})
const speaker = { id: asSpeakerId('s1'), name: 'Ann', role: 'host' }
const doc = makeDocument(
  [
    cue(1, 'Hello "cues":[] there', { speakerId: speaker.id, words: [{ startMs: 1000, endMs: 1400, text: 'Hello' }] }),
    cue(2, 'Bore da', { kind: 'description', note: 'n', label: 'l' }),
    cue(3, 'Ta-ra\n"quoted"'),
  ],
  [speaker],
  { language: 'cy' },
)

describe('page autosave', () => {
  it("writes exactly what JSON.stringify of the record writes, titles with the caption list's marker included", () => {
    for (const title of ['Talk', 'A "cues":[] title', '']) {
      for (const projectPath of [undefined, '/tmp/x.eglur']) {
        const expected = JSON.stringify({
          title,
          savedAt: 42,
          doc: documentToJson(doc),
          ...(projectPath ? { projectPath } : {}),
        })
        expect(autosaveText(title, doc, 42, projectPath)).toBe(expected)
      }
    }
    expect(autosaveText('Empty', makeDocument([]), 1)).toBe(
      JSON.stringify({ title: 'Empty', savedAt: 1, doc: documentToJson(makeDocument([])) }),
    )
  })

  it('an edited caption is written with its new text, the others as before', () => {
    const storage = memoryStorage()
    writeAutosave(storage, 'Talk', doc, 1)
    const edited = updateCue(doc, asCueId('c2'), { text: 'Prynhawn da' })
    writeAutosave(storage, 'Talk', edited, 2, '/p.eglur')
    const record = readAutosave(storage)
    expect(record?.doc.cues.map((c) => c.text)).toEqual(['Hello "cues":[] there', 'Prynhawn da', 'Ta-ra\n"quoted"'])
    expect(record).toMatchObject({ title: 'Talk', savedAt: 2, cueCount: 3, projectPath: '/p.eglur' })
    expect(record?.doc.cues[0]?.words).toEqual(doc.cues[0]?.words)
    clearAutosave(storage)
    expect(readAutosave(storage)).toBeUndefined()
  })

  it('a full storage is reported, not thrown', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' })
      },
    }
    expect(writeAutosave(storage, 'Talk', doc)).toEqual({ ok: false, code: 'ENOSPC' })
  })
})
