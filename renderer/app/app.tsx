/** The app: what the main side says at launch, the start screen, then the editor for what was opened. */

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LaunchInfo } from '../../shared/ipc/contract'
import { EditorStoreProvider } from '../state/store-context'
import { AppProviders } from '../features/settings/app-providers'
import { MediaProvider } from '../ui/media-context'
import { createEditorStore } from '../state/store'
import { initialEditorState, settingsOnly } from '../state/editor-state'
import { StartScreen } from '../features/start/start-screen'
import { clearAutosave, readAutosave } from '../platform/autosave'
import { getBridge, isDesktop } from '../platform/bridge'
import { BridgeProvider, useBridge } from '../platform/bridge-context'
import { EditorShell, type Session } from './editor-shell'
import type { SessionInit } from '../features/start/open-flow'
import { HelpPage } from '../features/help/help-page'
import { useSettings } from '../features/settings/settings-context'
import { effectiveKeymap } from '../features/shortcuts/remap'
import { useMenuCommands } from './use-menu-commands'

/** What the page assumes when the main side cannot be reached (an old server, or none). */
const OFFLINE_LAUNCH: LaunchInfo = {
  mode: 'browser',
  platform: 'unknown',
  appVersion: '',
  systemLanguages: [],
  openFiles: [],
  recent: [],
  settings: {},
}

/** Loads the launch info once. */
function useLaunchInfo(): LaunchInfo | undefined {
  const bridge = useBridge()
  const [launch, setLaunch] = useState<LaunchInfo | undefined>()
  useEffect(() => {
    void bridge.getLaunchInfo({}).then(
      (info) => setLaunch((info as { ok?: boolean }).ok === false ? OFFLINE_LAUNCH : info),
      () => setLaunch(OFFLINE_LAUNCH),
    )
  }, [bridge])
  return launch
}

/** The whole app. The bridge to the main side is chosen here, once, and every component below reaches it through BridgeProvider. */
export function App() {
  return (
    <BridgeProvider bridge={getBridge()} desktop={isDesktop()}>
      <LaunchedApp />
    </BridgeProvider>
  )
}

/** Launch info first, so settings (theme, language, shortcuts) apply from the first screen. */
function LaunchedApp() {
  const bridge = useBridge()
  const launch = useLaunchInfo()
  const { t } = useTranslation()
  if (!launch) {
    return (
      <main className="start-screen">
        <p role="status">{t('start.loading')}</p>
      </main>
    )
  }
  // Without a main side (an old or stopped server) settings stay in the page's own storage.
  const offline = launch === OFFLINE_LAUNCH
  return (
    <AppProviders
      {...(offline ? {} : { initial: launch.settings, onSave: (settings) => void bridge.saveSettings({ settings }) })}
      // In a browser the page's languages are the editor's own; the desktop app asks the system.
      {...(launch.mode === 'desktop' ? { systemLanguages: launch.systemLanguages } : {})}
    >
      <AppScreens launch={launch} />
    </AppProviders>
  )
}

const sessionKeys = new WeakMap<Session, number>()
let sessionsMade = 0
/** A key per session, so opening other work (or their version after a conflict) starts the editor afresh. */
function sessionKey(session: Session): number {
  if (!sessionKeys.has(session)) sessionKeys.set(session, ++sessionsMade)
  return sessionKeys.get(session)!
}

/** The start screen or the editor. */
function AppScreens({ launch }: { launch: LaunchInfo }) {
  const [session, setSession] = useState<Session | undefined>()
  const [helpOpen, setHelpOpen] = useState(false)
  const { settings } = useSettings()
  const bridge = useBridge()
  useMenuCommands({ help: () => setHelpOpen(true) })
  const help = helpOpen ? (
    <HelpPage keymap={effectiveKeymap(settings.shortcuts)} onClose={() => setHelpOpen(false)} />
  ) : null
  const [recoverable, setRecoverable] = useState(() => readAutosave(window.localStorage))
  // Files opened from the desktop while the app runs (a second launch, macOS "Open with"): the
  // current work is saved as always, and the start screen opens the new files.
  const [toOpen, setToOpen] = useState<readonly string[] | undefined>()
  useEffect(
    () =>
      bridge.on('app:open-files', ({ paths }) => {
        setSession(undefined)
        setToOpen(paths)
      }),
    [bridge],
  )
  const [recent, setRecent] = useState<LaunchInfo['recent'] | undefined>()
  const open = (init: SessionInit) => {
    // Launch files are opened once; coming back to the start screen must not open them again.
    setToOpen([])
    // The project's glossary and profile start the undo history with the captions (opening is not an edit).
    setSession({ ...init, store: createEditorStore(initialEditorState(init.doc, settingsOnly(init))) })
  }
  const close = () => {
    setSession(undefined)
    setRecoverable(readAutosave(window.localStorage))
    void bridge.getLaunchInfo({}).then((info) => info.recent && setRecent(info.recent))
  }
  if (!session) {
    return (
      <>
        <StartScreen
          launch={recent ? { ...launch, recent } : launch}
          openFiles={toOpen ?? launch.openFiles}
          {...(recoverable ? { recoverable } : {})}
          onOpen={open}
          onDiscardRecovery={() => {
            clearAutosave(window.localStorage)
            setRecoverable(undefined)
          }}
          onHelp={() => setHelpOpen(true)}
        />
        {help}
      </>
    )
  }
  return (
    <EditorStoreProvider store={session.store}>
      <MediaProvider>
        <EditorShell
          key={sessionKey(session)}
          session={session}
          onClose={close}
          onHelp={() => setHelpOpen(true)}
          onReplace={open}
        />
        {help}
      </MediaProvider>
    </EditorStoreProvider>
  )
}
