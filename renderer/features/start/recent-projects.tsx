/** The start screen's list of recent projects (newest first; missing files are already left out by main). */

import { useTranslation } from 'react-i18next'
import type { RecentProject } from '../../../shared/ipc/contract'

/** Props: the list, a date formatter, and what opening one does. */
export type RecentProjectsProps = Readonly<{
  recent: readonly RecentProject[]
  when: (ms: number) => string
  onOpen: (path: string) => void
  disabled?: boolean
}>

/** Recent projects, or nothing when there are none. */
export function RecentProjects({ recent, when, onOpen, disabled }: RecentProjectsProps) {
  const { t } = useTranslation()
  if (recent.length === 0) return null
  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('start.recentHeading')}</h2>
      <ul className="recent-projects">
        {recent.map((r) => (
          <li key={r.path}>
            <button type="button" onClick={() => onOpen(r.path)} disabled={disabled}>
              {t('start.recentItem', { title: r.title, when: when(r.openedAt) })}
            </button>
            <span className="recent-projects__path">{r.path}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
