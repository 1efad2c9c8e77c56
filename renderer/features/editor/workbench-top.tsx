/**
 * The top of the workbench: the video and the current caption's editor side by side, the splitter
 * between them, and the splitter under them that shares the height with the waveform and the list.
 */

import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { CueEditor } from '../cue-editor/cue-editor'
import { VideoPlayer } from '../video/video-player'
import { PANE_LIMITS, type PaneLayout } from './pane-layout'
import { Splitter } from './splitter'

/** Props: the pane layout and how to change it, the media, and the caption text box's ref (F6 focuses it). */
export type WorkbenchTopProps = Readonly<{
  layout: PaneLayout
  onLayoutChange: (patch: Partial<PaneLayout>) => void
  mediaUrl: string | undefined
  title: string
  textRef: Ref<HTMLTextAreaElement>
}>

/** The video and caption editor row with its two splitters. */
export function WorkbenchTop({ layout, onLayoutChange: updateLayout, mediaUrl, title, textRef }: WorkbenchTopProps) {
  const { t } = useTranslation()
  return (
    <>
      <div
        id="editor-top"
        className={`workbench__top${layout.topCollapsed ? ' workbench__top--collapsed' : ''}${layout.videoCollapsed ? ' workbench__top--no-video' : ''}`}
      >
        <section id="editor-video" className="editor-screen__media" aria-label={t('editor.mediaRegion')}>
          <VideoPlayer src={mediaUrl} title={title} />
        </section>
        <Splitter
          orientation="vertical"
          label={t('layout.videoWidth')}
          hint={t('layout.splitterHint')}
          controls="editor-video"
          value={layout.videoPercent}
          {...PANE_LIMITS.video}
          collapsed={layout.videoCollapsed}
          onChange={(videoPercent) => updateLayout({ videoPercent })}
          onCollapsedChange={(videoCollapsed) => updateLayout({ videoCollapsed })}
        />
        <div className="editor-screen__cue-editor">
          <CueEditor ref={textRef} />
        </div>
      </div>
      <Splitter
        orientation="horizontal"
        label={t('layout.topHeight')}
        hint={t('layout.splitterHint')}
        controls="editor-top"
        value={layout.topPercent}
        {...PANE_LIMITS.top}
        collapsed={layout.topCollapsed}
        onChange={(topPercent) => updateLayout({ topPercent })}
        onCollapsedChange={(topCollapsed) => updateLayout({ topCollapsed })}
      />
    </>
  )
}
