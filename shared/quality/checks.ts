/** Runs every quality rule over a document. */

import type { Cue } from '../model/cue'
import type { CaptionDocument } from '../model/document'
import type { StyleProfile } from '../model/style-profile'
import type { Finding, RuleId } from './finding'
import { findGlossaryMatches, type GlossaryEntry } from './glossary'
import { RULES } from './rules'
import { isTimed, timedNeighbours } from './neighbours'

/** Rules about time on screen; a section heading is a marker, so these never look at one. */
const TIMING_RULES: ReadonlySet<RuleId> = new Set([
  'overlap',
  'gap-too-small',
  'too-fast',
  'too-short',
  'too-long',
  'long-silence',
])

/** Options for a check run. */
export type CheckOptions = Readonly<{ glossary?: readonly GlossaryEntry[]; rules?: readonly RuleId[] }>

/** All findings, in cue order (rules in their listed order within a cue). */
export function checkDocument(doc: CaptionDocument, profile: StyleProfile, options: CheckOptions = {}): Finding[] {
  return createIncrementalChecker()(doc, profile, options)
}

type CueFindings = Readonly<{ previous: Cue | undefined; next: Cue | undefined; findings: readonly Finding[] }>

/**
 * A checker that remembers each caption's findings. Every rule sees only a cue and its neighbours,
 * and edits keep unchanged cue objects, so after a keystroke only the edited caption and its two
 * neighbours are checked again: the editor re-checks 10,000 captions without a long task.
 * Gives exactly what {@link checkDocument} gives.
 */
export function createIncrementalChecker(): (
  doc: CaptionDocument,
  profile: StyleProfile,
  options?: CheckOptions,
) => Finding[] {
  let cache = new WeakMap<Cue, CueFindings>()
  let cachedFor: { profile: StyleProfile; rules: readonly RuleId[] | undefined } | undefined
  return (doc, profile, options = {}) => {
    if (cachedFor?.profile !== profile || cachedFor.rules !== options.rules) {
      cache = new WeakMap()
      cachedFor = { profile, rules: options.rules }
    }
    const ruleIds = options.rules ?? (Object.keys(RULES) as RuleId[])
    const rules = ruleIds.map((id) => RULES[id])
    const headingRules = ruleIds.filter((id) => !TIMING_RULES.has(id)).map((id) => RULES[id])
    const findings: Finding[] = []
    const cues = doc.cues
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i]!
      const { previous, next } = timedNeighbours(cues, i)
      let entry = cache.get(cue)
      if (!entry || entry.previous !== previous || entry.next !== next) {
        const context = { cue, previous, next, profile }
        const found: Finding[] = []
        for (const rule of isTimed(cue) ? rules : headingRules) {
          const f = rule(context)
          if (f) found.push(f)
        }
        entry = { previous, next, findings: found }
        cache.set(cue, entry)
      }
      for (const f of entry.findings) findings.push(f)
    }
    return withGlossary(doc, findings, options)
  }
}

/** Adds the glossary's findings (one per entry and cue) and keeps cue order. */
function withGlossary(doc: CaptionDocument, findings: Finding[], options: CheckOptions): Finding[] {
  const byCue = new Map<string, Finding[]>()
  const cues = doc.cues
  if (options.glossary?.length && (!options.rules || options.rules.includes('glossary-term'))) {
    for (const match of findGlossaryMatches(doc, options.glossary)) {
      const list = byCue.get(match.cueId) ?? []
      if (list.some((f) => f.params.from === match.entry.from)) continue
      const item: Finding = {
        rule: 'glossary-term',
        severity: 'warning',
        cueId: match.cueId,
        messageKey: 'quality.glossaryTerm',
        params: { from: match.entry.from, to: match.entry.to },
        fixes: ['apply-glossary'],
      }
      list.push(item)
      byCue.set(match.cueId, list)
      findings.push(item)
    }
    const order = new Map(cues.map((c, i) => [c.id as string, i]))
    findings.sort((a, b) => order.get(a.cueId)! - order.get(b.cueId)!)
  }
  return findings
}
