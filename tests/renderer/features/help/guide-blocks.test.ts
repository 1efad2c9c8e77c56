// Help links to the user guide (#16 item 9): the guide is read from docs/user-guide.md into blocks
// the help shows, with every picture it names bundled.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { headingId, readGuide, readInlines } from '../../../../renderer/features/help/guide-blocks'

const root = path.resolve(import.meta.dirname, '../../../..')

describe('the user guide in the help', () => {
  it('reads headings with the anchors the guide’s contents link to, lists, tables, pictures and inline marks', () => {
    const blocks = readGuide(
      '# Title\n\n## 4. Name the speakers\n\nSome **bold** and `Alt+1`,\nthen a [link](#4-name-the-speakers).\n\n- one\n  more\n- two\n\n| What | Keys |\n|---|---|\n| Play | `Esc` |\n\n![A picture](images/x.png)\n',
    )
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, id: 'title', text: 'Title' },
      { kind: 'heading', level: 2, id: '4-name-the-speakers', text: '4. Name the speakers' },
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Some ' },
          { kind: 'strong', text: 'bold' },
          { kind: 'text', text: ' and ' },
          { kind: 'code', text: 'Alt+1' },
          { kind: 'text', text: ', then a ' },
          { kind: 'link', text: 'link', href: '#4-name-the-speakers' },
          { kind: 'text', text: '.' },
        ],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one more' }], [{ kind: 'text', text: 'two' }]] },
      {
        kind: 'table',
        head: [[{ kind: 'text', text: 'What' }], [{ kind: 'text', text: 'Keys' }]],
        rows: [[[{ kind: 'text', text: 'Play' }], [{ kind: 'code', text: 'Esc' }]]],
      },
      { kind: 'image', alt: 'A picture', src: 'images/x.png' },
    ])
    expect(readInlines('plain')).toEqual([{ kind: 'text', text: 'plain' }])
    expect(headingId('Before you start: get the automated captions')).toBe(
      'before-you-start-get-the-automated-captions',
    )
  })

  it('finds every section the real guide’s contents link to, and every picture it shows', () => {
    const blocks = readGuide(readFileSync(path.join(root, 'docs/user-guide.md'), 'utf8'))
    const ids = new Set(blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : [])))
    const links = blocks
      .flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.kind === 'paragraph' ? b.inlines : []))
      .flatMap((i) => (i.kind === 'link' && i.href.startsWith('#') ? [i.href.slice(1)] : []))
    expect(links.length).toBeGreaterThan(8)
    expect(links.filter((id) => !ids.has(id))).toEqual([])
    const pictures = blocks.flatMap((b) => (b.kind === 'image' ? [b.src] : []))
    expect(pictures.length).toBeGreaterThanOrEqual(10)
    for (const src of pictures) expect(existsSync(path.join(root, 'docs', src)), src).toBe(true)
  })
})
