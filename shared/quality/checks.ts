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

/** A check run that remembers each caption's findings, and can fill that memory a part at a time. */
export type IncrementalChecker = ((
  doc: CaptionDocument,
  profile: StyleProfile,
  options?: CheckOptions,
) => Finding[]) & {
  /**
   * Checks the captions from `start` up to `end` (exclusive) into the memory without collecting
   * findings, so a long first check can be spread over several short tasks; the full call after it
   * then finds them checked.
   */
  warm: (doc: CaptionDocument, profile: StyleProfile, options: CheckOptions, start: number, end: number) => void
}

/**
 * A checker that remembers each caption's findings. Every rule sees only a cue and its neighbours,
 * and edits keep unchanged cue objects, so after a keystroke only the edited caption and its two
 * neighbours are checked again: the editor re-checks 10,000 captions without a long task.
 * Gives exactly what {@link checkDocument} gives.
 */
export function createIncrementalChecker(): IncrementalChecker {
  let cache = new WeakMap<Cue, CueFindings>()
  let cachedFor: { profile: StyleProfile; rules: readonly RuleId[] | undefined } | undefined
  /** The findings of caption `i`, from the memory when neither it nor its timed neighbours changed. */
  const cueFindings = (
    cues: readonly Cue[],
    i: number,
    profile: StyleProfile,
    rules: readonly (typeof RULES)[RuleId][],
    headingRules: readonly (typeof RULES)[RuleId][],
  ): readonly Finding[] => {
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
    return entry.findings
  }
  /** The rules to run (timed captions, headings), after forgetting what another profile or rule set found. */
  const prepare = (profile: StyleProfile, options: CheckOptions) => {
    if (cachedFor?.profile !== profile || cachedFor.rules !== options.rules) {
      cache = new WeakMap()
      cachedFor = { profile, rules: options.rules }
    }
    const ruleIds = options.rules ?? (Object.keys(RULES) as RuleId[])
    return {
      rules: ruleIds.map((id) => RULES[id]),
      headingRules: ruleIds.filter((id) => !TIMING_RULES.has(id)).map((id) => RULES[id]),
    }
  }
  const check = (doc: CaptionDocument, profile: StyleProfile, options: CheckOptions = {}): Finding[] => {
    const { rules, headingRules } = prepare(profile, options)
    const findings: Finding[] = []
    const cues = doc.cues
    for (let i = 0; i < cues.length; i++)
      for (const f of cueFindings(cues, i, profile, rules, headingRules)) findings.push(f)
    return withGlossary(doc, findings, options)
  }
  const warm: IncrementalChecker['warm'] = (doc, profile, options, start, end) => {
    const { rules, headingRules } = prepare(profile, options)
    const cues = doc.cues
    for (let i = Math.max(0, start); i < Math.min(end, cues.length); i++)
      cueFindings(cues, i, profile, rules, headingRules)
  }
  return Object.assign(check, { warm })
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
