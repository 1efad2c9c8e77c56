/**
 * The folder where Eglur keeps this user's settings, recent files and caches outside the desktop app
 * (browser mode, the command line). It is the folder Electron's `userData` names for an app called
 * Eglur, so the desktop app and `eglur serve` share one. EGLUR_DATA_DIR overrides it (tests, portable use).
 */

import os from 'node:os'
import path from 'node:path'

/** This user's Eglur data folder (not created here). */
export function eglurDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EGLUR_DATA_DIR) return env.EGLUR_DATA_DIR
  const base =
    process.platform === 'win32'
      ? (env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'))
  return path.join(base, 'Eglur')
}
