/** Runs the eglur CLI in-process with captured output, as the CLI tests do. */
import { runCli } from '../../electron/cli/main'

/** Runs `eglur ...args` in `cwd`; returns the exit code and what it printed. */
export async function runEglur(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd })
  return { code, stdout, stderr }
}
