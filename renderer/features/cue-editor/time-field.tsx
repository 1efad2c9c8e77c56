/** A cue time typed as `HH:MM:SS.mmm` (or `M:SS.mmm`, or seconds), committed on Enter or blur. */

import { useState } from 'react'
import { formatClock } from '../../../shared/model/time'

/** Parses what an editor types into milliseconds; undefined when it is not a time. */
export function parseTypedTime(value: string): number | undefined {
  const text = value.trim().replace(',', '.')
  const m = text.match(/^(?:(\d+):)?(?:(\d{1,2}):)?(\d{1,2}(?:\.\d{1,3})?)$/)
  if (m) {
    const [h, mi] = m[2] === undefined ? [0, Number(m[1] ?? 0)] : [Number(m[1] ?? 0), Number(m[2])]
    if (mi > 59 && m[2] !== undefined) return undefined
    return Math.round(((h * 60 + mi) * 60 + Number(m[3])) * 1000)
  }
  const seconds = Number(text)
  return text !== '' && Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined
}

/** Props of the time field. */
export type TimeFieldProps = Readonly<{
  label: string
  valueMs: number
  onCommit: (ms: number) => void
  invalidMessage: string
}>

/** An editable time with a visible label and an error message tied to it for screen readers. */
export function TimeField({ label, valueMs, onCommit, invalidMessage }: TimeFieldProps) {
  // The draft follows the cue's time whenever that changes from outside (undo, drag, nudge).
  const [base, setBase] = useState(valueMs)
  const [draft, setDraft] = useState(formatClock(valueMs))
  const [invalid, setInvalid] = useState(false)
  if (base !== valueMs) {
    setBase(valueMs)
    setDraft(formatClock(valueMs))
    setInvalid(false)
  }
  const commit = () => {
    const ms = parseTypedTime(draft)
    if (ms === undefined) return setInvalid(true)
    setInvalid(false)
    if (ms !== valueMs) onCommit(ms)
    else setDraft(formatClock(valueMs))
  }
  const id = `time-${label.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <span className="time-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          }
        }}
      />
      {invalid ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {invalidMessage}
        </span>
      ) : null}
    </span>
  )
}
