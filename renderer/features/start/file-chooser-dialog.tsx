/**
 * Browser mode's file chooser: a web page cannot see file paths, so the loopback server lists the
 * folders the editor may open (their home folder and the folders named when Eglur started). Files
 * picked here are opened by the server with everything the desktop app offers: saving to a project
 * beside the video, the waveform from ffmpeg, seeking in long videos.
 */

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FolderEntry } from '../../../shared/ipc/contract'
import { useBridge } from '../../platform/bridge-context'
import { ModalDialog } from '../../ui/modal-dialog'

/** Props: called with the chosen paths, or closed without a choice. */
export type FileChooserDialogProps = Readonly<{ onChoose: (paths: readonly string[]) => void; onClose: () => void }>

type Listing = Readonly<{ path: string; parent?: string; entries: readonly FolderEntry[] }>

/** The in-page chooser, as a modal dialog. */
export function FileChooserDialog({ onChoose, onClose }: FileChooserDialogProps) {
  const { t } = useTranslation()
  const [listing, setListing] = useState<Listing | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const [chosen, setChosen] = useState<readonly string[]>([])
  const bridge = useBridge()
  const load = (path?: string) =>
    void bridge.listFolder(path ? { path } : {}).then((result) => {
      if (result.ok) {
        setListing(result)
        setChosen([])
        setProblem(undefined)
      } else setProblem(t(`openProblems.${result.code}`, { file: path ?? '', detail: result.detail ?? '', line: 1 }))
    })
  const go = (path?: string) => load(path)
  useEffect(() => {
    load()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- list the starting folder once
  }, [])
  const toggle = (p: string) => setChosen((c) => (c.includes(p) ? c.filter((x) => x !== p) : [...c, p]))
  const open = async () => {
    const granted: string[] = []
    for (const p of chosen) {
      const r = await bridge.pickFile({ path: p })
      if (r.ok) granted.push(r.path)
    }
    if (granted.length) onChoose(granted)
  }
  const size = (bytes?: number) => (bytes === undefined ? '' : t('chooser.size', { mb: (bytes / 1048576).toFixed(1) }))
  return (
    <ModalDialog title={t('chooser.heading')} onClose={onClose} className="file-chooser">
      <p className="file-chooser__hint">{t('chooser.hint')}</p>
      <p className="file-chooser__path">
        <span className="visually-hidden">{t('chooser.folder')} </span>
        <code>{listing?.path ?? ''}</code>
      </p>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <div className="file-chooser__list" role="group" aria-label={t('chooser.contents')}>
        {listing?.parent ? (
          <button type="button" className="file-chooser__folder" onClick={() => go(listing.parent)}>
            {t('chooser.up')}
          </button>
        ) : null}
        {listing?.entries.map((entry) =>
          entry.kind === 'folder' ? (
            <button key={entry.path} type="button" className="file-chooser__folder" onClick={() => go(entry.path)}>
              {t('chooser.openFolder', { name: entry.name })}
            </button>
          ) : (
            <label key={entry.path} className="file-chooser__file">
              <input type="checkbox" checked={chosen.includes(entry.path)} onChange={() => toggle(entry.path)} />
              <span>{entry.name}</span> <span className="file-chooser__size">{size(entry.size)}</span>
            </label>
          ),
        )}
        {listing && listing.entries.length === 0 ? <p>{t('chooser.empty')}</p> : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={chosen.length === 0} onClick={() => void open()}>
          {t('chooser.open', { count: chosen.length })}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  )
}
