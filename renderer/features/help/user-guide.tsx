/**
 * The user guide inside the app, in its own dialog over the help: the same text and pictures as
 * docs/user-guide.md (bundled when the app is built), so it is there offline and in the desktop app.
 */

import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import guideText from '../../../docs/user-guide.md?raw'
import { ModalDialog } from '../../ui/modal-dialog'
import { readGuide, type GuideBlock, type Inline } from './guide-blocks'

const PICTURES = import.meta.glob<string>('../../../docs/images/*.png', {
  eager: true,
  query: '?url',
  import: 'default',
})
const BLOCKS = readGuide(guideText)

/** A link in the guide: its own headings scroll into view, web addresses open outside, anything else is text. */
function GuideLink({ text, href }: Readonly<{ text: string; href: string }>) {
  if (href.startsWith('#')) {
    const go = (e: MouseEvent) => {
      e.preventDefault()
      document.getElementById(`guide-${href.slice(1)}`)?.scrollIntoView()
    }
    return (
      <a href={href} onClick={go}>
        {text}
      </a>
    )
  }
  if (/^https?:\/\//.test(href)) {
    return (
      <a href={href} target="_blank" rel="noreferrer">
        {text}
      </a>
    )
  }
  return <>{text}</>
}

function Inlines({ parts }: Readonly<{ parts: readonly Inline[] }>) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'strong' ? (
          <strong key={i}>{p.text}</strong>
        ) : p.kind === 'code' ? (
          <kbd key={i}>{p.text}</kbd>
        ) : p.kind === 'link' ? (
          <GuideLink key={i} text={p.text} href={p.href} />
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  )
}

function Block({ block }: Readonly<{ block: GuideBlock }>) {
  switch (block.kind) {
    case 'heading':
      // The guide's title is the dialog's own heading; its sections sit under it.
      if (block.level === 1) return null
      return block.level === 2 ? (
        <h3 id={`guide-${block.id}`}>{block.text}</h3>
      ) : (
        <h4 id={`guide-${block.id}`}>{block.text}</h4>
      )
    case 'paragraph':
      return (
        <p>
          <Inlines parts={block.inlines} />
        </p>
      )
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines parts={item} />
        </li>
      ))
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'table':
      return <GuideTable head={block.head} rows={block.rows} />
    case 'image': {
      const src = PICTURES[`../../../docs/${block.src}`]
      return src ? <img className="user-guide__picture" src={src} alt={block.alt} /> : null
    }
  }
}

function GuideTable({
  head,
  rows,
}: Readonly<{ head: readonly (readonly Inline[])[]; rows: readonly (readonly (readonly Inline[])[])[] }>) {
  return (
    <table className="user-guide__table">
      <thead>
        <tr>
          {head.map((cell, i) => (
            <th key={i} scope="col">
              <Inlines parts={cell} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i}>
                <Inlines parts={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The user guide, as a modal dialog (in English: the guide is written in English only). */
export function UserGuide({ onClose }: Readonly<{ onClose: () => void }>) {
  const { t } = useTranslation()
  return (
    <ModalDialog title={t('help.guideTitle')} onClose={onClose} className="user-guide">
      <div lang="en-GB">
        {BLOCKS.map((block, i) => (
          <Block key={i} block={block} />
        ))}
      </div>
    </ModalDialog>
  )
}
