/** Questions asked while opening (recover unsaved work? keep the clean-up?), held as state until answered. */

import { useMemo, useState } from 'react'
import type { TidySummary } from '../../../shared/formats/types'
import type { CaptionDocument } from '../../../shared/model/document'
import type { OpenQuestions } from './open-flow'

/** The question on screen now, with the function that answers it. */
export type PendingQuestion =
  | Readonly<{
      kind: 'recover'
      writtenAt: number
      cueCount: number
      title: string
      answer: (recover: boolean) => void
    }>
  | Readonly<{
      kind: 'cleanup'
      before: CaptionDocument
      after: CaptionDocument
      tidy?: TidySummary
      answer: (choice: 'cleaned' | 'original') => void
    }>

/** The questions object for the open flow, and the one pending. */
export function useOpenQuestions(): { ask: OpenQuestions; pending: PendingQuestion | undefined } {
  const [pending, setPending] = useState<PendingQuestion | undefined>()
  const ask = useMemo<OpenQuestions>(
    () => ({
      recover: (info) =>
        new Promise<boolean>((resolve) =>
          setPending({ kind: 'recover', ...info, answer: (v) => (setPending(undefined), resolve(v)) }),
        ),
      cleanup: (before, after, tidy) =>
        new Promise<'cleaned' | 'original'>((resolve) =>
          setPending({
            kind: 'cleanup',
            before,
            after,
            ...(tidy ? { tidy } : {}),
            answer: (v) => (setPending(undefined), resolve(v)),
          }),
        ),
    }),
    [],
  )
  return { ask, pending }
}
