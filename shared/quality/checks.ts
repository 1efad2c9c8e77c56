/** Runs every quality rule over a document. */

import type { CaptionDocument } from '../model/document'
import type { StyleProfile } from '../model/style-profile'
import type { Finding, RuleId } from './finding'
import { findGlossaryMatches, type GlossaryEntry } from './glossary'
import { RULES } from './rules'

/** Options for a check run. */
export type CheckOptions = Readonly<{ glossary?: readonly GlossaryEntry[]; rules?: readonly RuleId[] }>

/** All findings, in cue order (rules in their listed order within a cue). */
export function checkDocument(doc: CaptionDocument, profile: StyleProfile, options: CheckOptions = {}): Finding[] {
  const rules = (options.rules ?? (Object.keys(RULES) as RuleId[])).map((id) => RULES[id])
  const byCue = new Map<string, Finding[]>()
  const findings: Finding[] = []
  const cues = doc.cues
  for (let i = 0; i < cues.length; i++) {
    const context = { cue: cues[i]!, previous: cues[i - 1], next: cues[i + 1], profile }
    for (const rule of rules) {
      const found = rule(context)
      if (found) findings.push(found)
    }
  }
  if (options.glossary?.length && (!options.rules || options.rules.includes('glossary-term'))) {
    for (const match of findGlossaryMatches(doc, options.glossary)) {
      const list = byCue.get(match.cueId) ?? []
      if (list.some((f) => f.params.from === match.entry.from)) continue
      const item: Finding = { rule: 'glossary-term', severity: 'warning', cueId: match.cueId, messageKey: 'quality.glossaryTerm', params: { from: match.entry.from, to: match.entry.to }, fixes: ['apply-glossary'] }
      list.push(item)
      byCue.set(match.cueId, list)
      findings.push(item)
    }
    const order = new Map(cues.map((c, i) => [c.id as string, i]))
    findings.sort((a, b) => order.get(a.cueId)! - order.get(b.cueId)!)
  }
  return findings
}
