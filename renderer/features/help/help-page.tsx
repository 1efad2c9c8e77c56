/**
 * The in-app help: the same topics as docs/user-guide.md, in short sections, and a table of the
 * keyboard shortcuts built from the keymap in force (so keys the user remapped show as remapped).
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../ui/modal-dialog'
import { COMMAND_GROUPS, describeBinding, type CommandSpec } from '../shortcuts/keymap'
import { isMac } from '../shortcuts/use-global-shortcuts'
import { UserGuide } from './user-guide'

/** Props: the keymap in force (defaults plus the user's changes) and what closing does. */
export type HelpPageProps = Readonly<{
  /** The effective keymap, e.g. `effectiveKeymap(settings.shortcuts)`. */
  keymap: readonly CommandSpec[]
  /** Runs for Esc and Close. */
  onClose: () => void
  /** Show macOS key names (⌘, ⌥); defaults to the platform's. */
  mac?: boolean
}>

/** Help topics in the order of the user guide, each with its number of paragraphs. */
export const HELP_SECTIONS = [
  { id: 'open', paragraphs: 3 },
  { id: 'correct', paragraphs: 3 },
  { id: 'timing', paragraphs: 3 },
  { id: 'speakers', paragraphs: 2 },
  { id: 'descriptions', paragraphs: 2 },
  { id: 'quality', paragraphs: 2 },
  { id: 'exportCaptions', paragraphs: 2 },
  { id: 'exportTranscript', paragraphs: 2 },
  { id: 'languages', paragraphs: 2 },
  { id: 'recover', paragraphs: 2 },
] as const

/** Every translation key the help page reads (the render test checks each exists in every language). */
export function helpKeys(): string[] {
  return [
    'help.heading',
    'help.intro',
    'help.openGuide',
    'help.guideTitle',
    'help.shortcuts.heading',
    'help.shortcuts.intro',
    'help.shortcuts.command',
    'help.shortcuts.keys',
    'help.shortcuts.or',
    ...HELP_SECTIONS.flatMap(({ id, paragraphs }) => [
      `help.${id}.heading`,
      ...Array.from({ length: paragraphs }, (_, i) => `help.${id}.p${i + 1}`),
    ]),
  ]
}

// navigator is missing in Node 20 (server-side rendering in tests); the keys are then shown as on Windows/Linux.
const platformIsMac = (): boolean => typeof navigator !== 'undefined' && isMac()

/** The help, as a modal dialog. */
export function HelpPage({ keymap, onClose, mac = platformIsMac() }: HelpPageProps) {
  const { t } = useTranslation()
  const [guide, setGuide] = useState(false)
  return (
    <>
      <ModalDialog title={t('help.heading')} onClose={onClose} className="help-page">
        <p>
          {t('help.intro')}{' '}
          <button type="button" className="link" aria-haspopup="dialog" onClick={() => setGuide(true)}>
            {t('help.openGuide')}
          </button>
        </p>
        {HELP_SECTIONS.map(({ id, paragraphs }) => (
          <section key={id} aria-labelledby={`help-${id}`}>
            <h3 id={`help-${id}`}>{t(`help.${id}.heading`)}</h3>
            {Array.from({ length: paragraphs }, (_, i) => (
              <p key={i}>{t(`help.${id}.p${i + 1}`)}</p>
            ))}
          </section>
        ))}
        <section aria-labelledby="help-shortcuts">
          <h3 id="help-shortcuts">{t('help.shortcuts.heading')}</h3>
          <p>{t('help.shortcuts.intro')}</p>
          <ShortcutsTable keymap={keymap} mac={mac} />
        </section>
      </ModalDialog>
      {guide ? <UserGuide onClose={() => setGuide(false)} /> : null}
    </>
  )
}

function ShortcutsTable({ keymap, mac }: Readonly<{ keymap: readonly CommandSpec[]; mac: boolean }>) {
  const { t } = useTranslation()
  const groups = COMMAND_GROUPS.filter((group) => keymap.some((spec) => spec.group === group))
  return (
    <table className="help-page__shortcuts">
      <thead>
        <tr>
          <th scope="col">{t('help.shortcuts.command')}</th>
          <th scope="col">{t('help.shortcuts.keys')}</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group}>
          <tr>
            <th scope="colgroup" colSpan={2}>
              {t(`shortcuts.groups.${group}`)}
            </th>
          </tr>
          {keymap
            .filter((spec) => spec.group === group)
            .map((spec) => (
              <tr key={spec.id}>
                <th scope="row">{t(`commands.${spec.id}`)}</th>
                <td>
                  {spec.bindings.map((binding, i) => (
                    <span key={i}>
                      {i > 0 ? ` ${t('help.shortcuts.or')} ` : null}
                      <kbd>{describeBinding(binding, mac)}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  )
}
