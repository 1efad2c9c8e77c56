/**
 * The caption editor's actions, grouped in two compact labelled toolbars (timing; split and merge),
 * each button showing its keyboard shortcut as the keymap (with the editor's own changes) has it.
 */

import { memo, useMemo, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CueId } from '../../../shared/model/ids'
import { useDispatch, useStore } from '../../state/store-context'
import { useSettings } from '../settings/settings-context'
import { ariaKeyShortcut } from '../shortcuts/chords'
import { describeBinding, type CommandId, type KeyBinding } from '../shortcuts/keymap'
import { effectiveKeymap } from '../shortcuts/remap'
import { isMac } from '../shortcuts/use-global-shortcuts'
import { useRovingToolbar } from './roving-toolbar'
import { useInsertAfter } from './use-insert-after'

type ToolButtonProps = Readonly<{
  label: string
  short?: string
  binding?: KeyBinding | undefined
  onClick: () => void
  danger?: boolean
  icon: string
}>

/**
 * A compact button: a sign, its label (or a shorter one that starts its full name, which is then
 * the accessible name) and its shortcut, which screen readers get from aria-keyshortcuts instead.
 */
function ToolButton({ label, short, binding, onClick, danger, icon }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={`cue-tool${danger ? ' danger' : ''}`}
      onClick={onClick}
      title={binding ? `${label} (${describeBinding(binding, isMac())})` : label}
      {...(short ? { 'aria-label': label } : {})}
      {...(binding ? { 'aria-keyshortcuts': ariaKeyShortcut(binding) } : {})}
    >
      <span className="cue-tool__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="cue-tool__label">{short ?? label}</span>
      {binding ? (
        <kbd className="cue-tool__keys" aria-hidden="true">
          {describeBinding(binding, isMac())}
        </kbd>
      ) : null}
    </button>
  )
}

function Toolbar({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const { onKeyDown, onFocus } = useRovingToolbar(ref)
  return (
    <div className="cue-toolbar" role="toolbar" aria-label={label} ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      <span className="cue-toolbar__name" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  )
}

/** The first binding of each command, from the keymap the editor uses (one owner: the shortcuts feature). */
function useBindings(): (id: CommandId) => KeyBinding | undefined {
  const { settings } = useSettings()
  const keymap = useMemo(() => effectiveKeymap(settings.shortcuts), [settings.shortcuts])
  return (id) => keymap.find((c) => c.id === id)?.bindings[0]
}

/** Start and end at the playhead, and moving the whole caption (it takes only the id, so typing never re-renders it). */
export const TimingToolbar = memo(function TimingToolbar({ cueId }: { cueId: CueId }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const keys = useBindings()
  return (
    <Toolbar label={t('cueTools.timing')}>
      <ToolButton
        icon="⇤"
        label={t('cueEditor.setStart')}
        binding={keys('set-start')}
        onClick={() => dispatch({ type: 'cueEdgeSetToPlayhead', id: cueId, edge: 'start' })}
      />
      <ToolButton
        icon="⇥"
        label={t('cueEditor.setEnd')}
        binding={keys('set-end')}
        onClick={() => dispatch({ type: 'cueEdgeSetToPlayhead', id: cueId, edge: 'end' })}
      />
      <ToolButton
        icon="←"
        label={t('cueEditor.earlier')}
        short={t('cueTools.nudgeShort')}
        onClick={() => dispatch({ type: 'cueNudged', id: cueId, edge: 'both', deltaMs: -100 })}
      />
      <ToolButton
        icon="→"
        label={t('cueEditor.later')}
        short={t('cueTools.nudgeShort')}
        onClick={() => dispatch({ type: 'cueNudged', id: cueId, edge: 'both', deltaMs: 100 })}
      />
    </Toolbar>
  )
})

/** Split, merge, insert and delete (it takes only the id, so typing never re-renders it). */
export const StructureToolbar = memo(function StructureToolbar({ cueId }: { cueId: CueId }) {
  const { t } = useTranslation()
  const store = useStore()
  const dispatch = useDispatch()
  const keys = useBindings()
  const insertAfter = useInsertAfter()
  const split = () => {
    const box = document.getElementById('cue-text') as HTMLTextAreaElement | null
    const text = store.getState().history.present.cues.find((c) => c.id === cueId)?.text ?? ''
    dispatch({ type: 'cueSplit', id: cueId, textOffset: box?.selectionStart ?? Math.floor(text.length / 2) })
  }
  return (
    <Toolbar label={t('cueTools.structure')}>
      <ToolButton
        icon="✂"
        label={t('cueEditor.split')}
        short={t('cueTools.splitShort')}
        binding={keys('split')}
        onClick={split}
      />
      <ToolButton
        icon="⤒"
        label={t('cueEditor.mergePrevious')}
        binding={keys('merge-previous')}
        onClick={() => dispatch({ type: 'cueMerged', id: cueId, with: 'previous' })}
      />
      <ToolButton
        icon="⤓"
        label={t('cueEditor.mergeNext')}
        binding={keys('merge-next')}
        onClick={() => dispatch({ type: 'cueMerged', id: cueId, with: 'next' })}
      />
      <ToolButton icon="+" label={t('cueEditor.insertAfter')} binding={keys('insert-after')} onClick={insertAfter} />
      <ToolButton
        icon="✕"
        label={t('cueEditor.delete')}
        short={t('cueTools.deleteShort')}
        binding={keys('delete-cue')}
        onClick={() => dispatch({ type: 'cuesDeleted', ids: [cueId] })}
        danger
      />
    </Toolbar>
  )
})
