import { execFileSync } from 'node:child_process';

export const PNPM_VERSION = '10.34.9';

/**
 * The command that runs pnpm 10 here: the one that launched us, a pnpm 10 on PATH, or
 * `npx pnpm@<version>` on a machine that has only Node and npm (corepack cannot be used).
 */
export function pnpmCommand() {
  const agent = process.env.npm_config_user_agent ?? '';
  if (agent.startsWith('pnpm/10.')) return ['pnpm'];
  try {
    const version = execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    if (version.startsWith('10.')) return ['pnpm'];
  } catch {
    // not installed: fall through to npx
  }
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}
