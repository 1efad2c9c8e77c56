/**
 * Keyboard commands beyond the basic editing table: a key per speaker (and "this speaker from here
 * until the next change"), a caption added at the playhead, and "where am I", which says the
 * current caption and its times in words.
 */

import type { TFunction } from 'i18next'
import { captionSlotAt } from '../../../shared/edit/caption-slot'
import { speakerRunFrom } from '../../../shared/edit/speaker-run'
import type { CueId } from '../../../shared/model/ids'
import { findSpeaker } from '../../../shared/model/speaker'
import type { EditorAction } from '../../state/actions'
import { currentDocument, type EditorState } from '../../state/editor-state'
import type { CommandId } from './keymap'
import { spokenTime } from './spoken-time'
import { snapSelectedToSpeech } from '../speech/snap-command'

/** What the commands need: the state now, a way to change it and to speak. */
export type MoreCommandContext = Readonly<{
  state: EditorState
  dispatch: (action: EditorAction) => void
  announce: (text: string) => void
  t: TFunction
}>

const SPEAKER = /^speaker-(run-)?([1-9])$/

/** The action of one of these commands, or undefined when `command` is not one of them. */
export function moreCommand(command: CommandId, context: MoreCommandContext): (() => void) | undefined {
  const speaker = SPEAKER.exec(command)
  if (speaker) return () => assignSpeaker(context, Number(speaker[2]), speaker[1] !== undefined)
  if (command === 'add-at-playhead') return () => addAtPlayhead(context)
  if (command === 'where-am-i') return () => context.announce(whereAmI(context.state, context.t))
  if (command === 'snap-to-speech')
    return () => snapSelectedToSpeech(context.state, context.dispatch, context.announce, context.t)
  return undefined
}

function assignSpeaker({ state, dispatch, announce, t }: MoreCommandContext, number: number, run: boolean): void {
  const doc = currentDocument(state)
  const speaker = doc.speakers[number - 1]
  if (!speaker) return announce(t('announce.noSpeakerNumber', { number }))
  const current = state.currentCueId
  const ids: readonly CueId[] = run
    ? current
      ? speakerRunFrom(doc.cues, current)
      : []
    : state.selectedIds.length > 0
      ? state.selectedIds
      : current
        ? [current]
        : []
  if (ids.length === 0) return announce(t('announce.noCaptionChosen'))
  dispatch({ type: 'speakerAssigned', ids, speakerId: speaker.id })
}

function addAtPlayhead({ state, dispatch, announce, t }: MoreCommandContext): void {
  const doc = currentDocument(state)
  const slot = captionSlotAt(doc.cues, state.playback.timeMs)
  if (slot.ok) return dispatch({ type: 'cueInserted', startMs: slot.startMs, endMs: slot.endMs })
  announce(
    slot.reason === 'inside'
      ? t('announce.captionHere', { number: slot.index + 1 })
      : t('announce.noRoom', { number: slot.index + 1 }),
  )
}

/** "Caption 12, 1 minute 4 seconds to 1 minute 7 seconds, Beth Perry", and where the video is when it is elsewhere. */
export function whereAmI(state: EditorState, t: TFunction): string {
  const doc = currentDocument(state)
  const index = doc.cues.findIndex((c) => c.id === state.currentCueId)
  const cue = doc.cues[index]
  const at = state.playback.timeMs
  const video = t('whereAmI.video', { time: spokenTime(at, t) })
  if (!cue) return doc.cues.length === 0 ? t('whereAmI.noCaptions', { video }) : t('whereAmI.noCaption', { video })
  const name = findSpeaker(doc.speakers, cue.speakerId)?.name
  const values = {
    number: index + 1,
    count: doc.cues.length,
    start: spokenTime(cue.startMs, t),
    end: spokenTime(cue.endMs, t),
    speaker: name,
  }
  const where = t(name ? 'whereAmI.captionSpeaker' : 'whereAmI.caption', values)
  return at >= cue.startMs && at <= cue.endMs ? where : `${where}. ${video}`
}
