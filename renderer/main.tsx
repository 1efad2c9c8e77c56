/** Renderer entry: mounts the Eglur app. */
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (root) createRoot(root).render(<main>Eglur</main>)
