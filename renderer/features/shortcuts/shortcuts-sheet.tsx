/**
 * The shortcuts sheet (`?` or F1): every command, grouped, built from the keymap in force. Each
 * command can take a new key chord: press "Change", then the keys. A chord another command has is
 * refused with a message naming it; "Reset" puts one command or all of them back to the defaults.
 */

import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../ui/modal-dialog'
import { useSettings } from '../settings/settings-context'
import { chordFromEvent } from './chords'
import { COMMAND_GROUPS, describeBinding, type CommandId, type CommandSpec } from './keymap'
import { effectiveKeymap, remap, resetShortcut } from './remap'
import { isMac } from './use-global-shortcuts'

/** Props: `onClose` when the sheet closes (Esc, Close). */
export type ShortcutsSheetProps = Readonly<{ onClose: () => void }>

/** The modal shortcuts sheet with remapping. */
export function ShortcutsSheet({ onClose }: ShortcutsSheetProps) {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  const overrides = settings.shortcuts
  const keymap = effectiveKeymap(overrides)
  const [recording, setRecording] = useState<CommandId | undefined>()
  const [message, setMessage] = useState('')
  const name = (id: CommandId) => t(`commands.${id}`)

  const onRecordKey = (event: KeyboardEvent<HTMLButtonElement>, id: CommandId) => {
    if (recording !== id) return
    // Every key goes to the recorder: none may close the dialog or move focus meanwhile.
    event.preventDefault()
    event.stopPropagation()
    if (event.key === 'Escape') {
      setRecording(undefined)
      return setMessage(t('shortcuts.recordCancelled'))
    }
    const chord = chordFromEvent(event, isMac())
    if (!chord.ok) {
      if (chord.reason !== 'modifier-only') setMessage(t(`shortcuts.refused.${chord.reason}`))
      return
    }
    const result = remap(overrides, id, chord.binding)
    const keys = describeBinding(chord.binding, isMac())
    if (!result.ok) return setMessage(t('shortcuts.conflict', { keys, command: name(result.conflict) }))
    update({ shortcuts: result.overrides })
    setRecording(undefined)
    setMessage(t('shortcuts.changed', { command: name(id), keys }))
  }

  const resetAll = () => {
    update({ shortcuts: undefined })
    setRecording(undefined)
    setMessage(t('shortcuts.resetAllDone'))
  }
  const record = (id: CommandId) => {
    setRecording(id)
    setMessage(t('shortcuts.recordPrompt', { command: name(id) }))
  }

  return (
    <ModalDialog title={t('shortcuts.heading')} onClose={onClose} className="shortcuts-sheet">
      <p>{t('shortcuts.intro')}</p>
      <p className="shortcuts-sheet__message" role="status">
        {message}
      </p>
      {COMMAND_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`shortcut-group-${group}`}>
          <h3 id={`shortcut-group-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
          <table className="shortcuts-sheet__table">
            <TableHead />
            <tbody>
              {keymap
                .filter((spec) => spec.group === group)
                .map((spec) => (
                  <ShortcutRow
                    key={spec.id}
                    spec={spec}
                    name={name(spec.id)}
                    remapped={overrides?.[spec.id] !== undefined}
                    recording={recording === spec.id}
                    onRecord={() => record(spec.id)}
                    onRecordKey={(e) => onRecordKey(e, spec.id)}
                    onReset={() => {
                      update({ shortcuts: resetShortcut(overrides, spec.id) })
                      setMessage(t('shortcuts.resetOne', { command: name(spec.id) }))
                    }}
                  />
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <p>
        <button type="button" onClick={resetAll}>
          {t('shortcuts.resetAll')}
        </button>
      </p>
    </ModalDialog>
  )
}

function TableHead() {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        <th scope="col">{t('shortcuts.command')}</th>
        <th scope="col">{t('shortcuts.keys')}</th>
        <th scope="col">{t('shortcuts.change')}</th>
      </tr>
    </thead>
  )
}

type ShortcutRowProps = Readonly<{
  spec: CommandSpec
  name: string
  remapped: boolean
  recording: boolean
  onRecord: () => void
  onRecordKey: (event: KeyboardEvent<HTMLButtonElement>) => void
  onReset: () => void
}>

function ShortcutRow({ spec, name, remapped, recording, onRecord, onRecordKey, onReset }: ShortcutRowProps) {
  const { t } = useTranslation()
  const mac = isMac()
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {spec.bindings.map((b, i) => (
          <span key={i}>
            {i > 0 ? <span className="shortcuts-sheet__or"> {t('shortcuts.or')} </span> : null}
            <kbd>{describeBinding(b, mac)}</kbd>
            {b.notWhileTyping ? <span className="shortcuts-sheet__note"> {t('shortcuts.notWhileTyping')}</span> : null}
          </span>
        ))}
      </td>
      <td className="shortcuts-sheet__actions">
        <button
          type="button"
          aria-pressed={recording}
          onClick={onRecord}
          onKeyDown={onRecordKey}
          aria-label={
            recording ? t('shortcuts.recordingFor', { command: name }) : t('shortcuts.changeFor', { command: name })
          }
        >
          {recording ? t('shortcuts.recording') : t('shortcuts.change')}
        </button>
        {remapped ? (
          <button type="button" onClick={onReset} aria-label={t('shortcuts.resetFor', { command: name })}>
            {t('shortcuts.reset')}
          </button>
        ) : null}
      </td>
    </tr>
  )
}
