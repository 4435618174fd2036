import { z } from 'zod';

/**
 * Everything the site's server reads from its environment, checked once at start-up. These are
 * private: nothing here may be imported into code that reaches the browser.
 */
const ServerEnv = z.object({
  CMS_URL: z.url({ error: 'CMS_URL must be the CMS address, e.g. http://127.0.0.1:1337' }),
  CMS_READ_TOKEN: z
    .string({ error: 'CMS_READ_TOKEN is missing: the site cannot read the CMS without it' })
    .min(16, 'CMS_READ_TOKEN is too short to be a real API token'),
  CMS_REGISTRATION_TOKEN: z
    .string({ error: 'CMS_REGISTRATION_TOKEN is missing: the site could not take registrations' })
    .min(16, 'CMS_REGISTRATION_TOKEN is too short to be a real API token'),
  SITE_WEBHOOK_SECRET: z
    .string({ error: 'SITE_WEBHOOK_SECRET is missing: publishing could not refresh the site' })
    .min(16, 'SITE_WEBHOOK_SECRET must be at least 16 characters'),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** How long a cached CMS answer counts as fresh when no webhook says otherwise. */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(300),
  /** Registration submissions per client IP per minute; 0 turns the limit off (load tests). */
  REGISTRATION_RATE_LIMIT: z.coerce
    .number({ error: 'REGISTRATION_RATE_LIMIT must be a whole number (0 = no limit)' })
    .int('REGISTRATION_RATE_LIMIT must be a whole number (0 = no limit)')
    .min(0, 'REGISTRATION_RATE_LIMIT must be 0 or more')
    .default(10),
  /** How long a person takes at least to fill the form; faster is a bot. 0 turns it off. */
  REGISTRATION_MIN_FILL_MS: z.coerce
    .number({ error: 'REGISTRATION_MIN_FILL_MS must be a number of milliseconds (0 = off)' })
    .int('REGISTRATION_MIN_FILL_MS must be a whole number of milliseconds')
    .min(0, 'REGISTRATION_MIN_FILL_MS must be 0 or more')
    .default(3000),
  /** `off` renders every page afresh: for measuring what the full-page cache buys. */
  PAGE_CACHE: z.enum(['on', 'off'], { error: 'PAGE_CACHE must be on or off' }).default('on'),
  /** The site's public address, for canonical links, feeds and the sitemap. */
  ORIGIN: z.url().optional(),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(`The site's environment is not usable:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvError';
  }
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ServerEnv.safeParse(cleaned);
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => issue.message));
  return result.data;
}
