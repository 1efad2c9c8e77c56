/** Renderer entry: sets up translations in the editor's language and mounts the app. */
import './styles/app.css'
import './styles/start.css'
import './styles/speakers.css'
import { createRoot } from 'react-dom/client'
import { initI18n, pickLanguage } from './i18n/index'
import { App } from './app/app'
import { sessionKey } from './platform/session-key'

// Browser mode: the secret leaves the address bar before anything else runs.
if (!window.captionApi) sessionKey()

const saved = window.localStorage.getItem('eglur:language') ?? undefined
await initI18n(pickLanguage(saved, navigator.languages))
const root = document.getElementById('root')
if (root) createRoot(root).render(<App />)
