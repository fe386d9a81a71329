// The cloud environment id compiled into the weapp (Taro.cloud.init's `env`), read the same way from any shell:
// the variables of the process first, then the repository's root `.env` (the file cloudbaserc.json reads too), so
// `npm run build:weapp` in cmd, PowerShell or bash gives the same build without `set -a; . ./.env` (docs/deploy.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The placeholder `.env.example` ships with: a build carrying it would talk to no environment. */
export const ENV_ID_PLACEHOLDER = 'your-env-id';

/** `KEY=value` lines of a dotenv file (comments and blank lines skipped, one pair of quotes removed). */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const eq = line.indexOf('=');
    if (!line || line.startsWith('#') || eq < 1) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out[key] = value;
  }
  return out;
}

export interface CloudEnvAnswer {
  /** The id to compile in; '' = the environment selected in WeChat DevTools. */
  envId: string;
  /** Where it came from, for the build log. */
  from: 'TARO_APP_CLOUD_ENV' | 'ENV_ID' | '.env' | 'none';
  /** Set when a weapp build must not go on (a `.env` for a deployment without a real id). */
  problem?: string;
}

/**
 * TARO_APP_CLOUD_ENV, else ENV_ID, from the process, else from `<root>/.env`. `default` (either variable) opts out
 * on purpose: the DevTools-selected environment. A `.env` that exists is a deployment's, so a missing id or the
 * placeholder there is a problem; with no `.env` at all (tests, `npm start`) an empty id is fine.
 */
export function cloudEnvId(env: NodeJS.ProcessEnv, root: string): CloudEnvAnswer {
  const file = join(root, '.env');
  const dotenv = existsSync(file) ? parseDotenv(readFileSync(file, 'utf8')) : null;
  const candidates: [CloudEnvAnswer['from'], string | undefined][] = [
    ['TARO_APP_CLOUD_ENV', env.TARO_APP_CLOUD_ENV],
    ['ENV_ID', env.ENV_ID],
    ['.env', dotenv?.TARO_APP_CLOUD_ENV || dotenv?.ENV_ID],
  ];
  for (const [from, value] of candidates) {
    const id = value?.trim();
    if (!id) continue;
    if (id === 'default') return { envId: '', from };
    if (id === ENV_ID_PLACEHOLDER) {
      return { envId: '', from, problem: `${from} is still "${ENV_ID_PLACEHOLDER}": put the 环境 ID in .env` };
    }
    return { envId: id, from };
  }
  if (dotenv)
    return { envId: '', from: 'none', problem: '.env has no ENV_ID: put the 环境 ID in .env (or ENV_ID=default)' };
  return { envId: '', from: 'none' };
}
