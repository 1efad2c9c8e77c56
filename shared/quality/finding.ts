/** What a quality check reports: one problem with one cue, in words an editor understands, and its fixes. */

import type { CueId } from '../model/ids'

/** Every rule the checks know. */
export type RuleId =
  | 'line-too-long'
  | 'too-many-lines'
  | 'too-fast'
  | 'too-short'
  | 'too-long'
  | 'overlap'
  | 'gap-too-small'
  | 'empty'
  | 'leftover-tags'
  | 'long-silence'
  | 'unmarked-speaker-change'
  | 'description-brackets'
  | 'glossary-term'
  | 'doubled-word'

/** Every fix the checks can offer. */
export type FixId =
  | 'reflow'
  | 'extend-into-gap'
  | 'move-words-to-next'
  | 'split'
  | 'merge-with-next'
  | 'close-gap'
  | 'trim-overlap'
  | 'remove-tags'
  | 'remove-doubled-word'
  | 'add-brackets'
  | 'apply-glossary'
  | 'delete-empty'

/** How much a finding matters: errors break guidelines outright, warnings usually matter, info is advice. */
export type Severity = 'error' | 'warning' | 'info'

/** One problem. `messageKey` + `params` are translated in the UI; `shared/quality/messages.ts` has the English. */
export type Finding = Readonly<{
  rule: RuleId
  severity: Severity
  cueId: CueId
  messageKey: string
  params: Readonly<Record<string, string | number>>
  fixes: readonly FixId[]
}>
