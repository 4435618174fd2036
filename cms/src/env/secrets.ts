import { z } from 'zod';

/**
 * Every secret Strapi needs. In production a missing secret, or one still set to a value
 * published in a template, must stop the process before it serves anything, and say which.
 */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];

/** Values that appear in Strapi's templates, in our `.env.example`, or in tutorials. */
const KNOWN_DEFAULTS = new Set([
  'tobemodified',
  'tobemodified1',
  'tobemodified2',
  'tobemodified3',
  'tobemodified4',
  'changeme',
  'change-me',
  'secret',
  'example',
]);

const MIN_LENGTH = 16;

function isDefault(value: string): boolean {
  const normalised = value.trim().toLowerCase();
  return KNOWN_DEFAULTS.has(normalised) || normalised.startsWith('tobemodified');
}

const secretValue = (name: SecretName) =>
  z
    .string({ error: `${name} is missing` })
    .trim()
    .min(1, `${name} is missing`)
    .refine((v) => v.split(',').every((part) => !isDefault(part)), {
      message: `${name} still holds a default value; generate a random one`,
      // A template default is the whole story; its length would only add noise.
      abort: true,
    })
    .refine((v) => v.split(',').every((part) => part.trim().length >= MIN_LENGTH), {
      message: `${name} is shorter than ${MIN_LENGTH} characters`,
    });

const productionSecrets = z.object(
  Object.fromEntries(SECRET_NAMES.map((name) => [name, secretValue(name)])) as Record<
    SecretName,
    ReturnType<typeof secretValue>
  >,
);

export class SecretsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Refusing to start in production: ${problems.join('; ')}.`);
    this.name = 'SecretsError';
  }
}

/** Lists what is wrong with the secrets in `env`; empty when they are fit for production. */
export function secretProblems(env: NodeJS.ProcessEnv): string[] {
  const result = productionSecrets.safeParse(env);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

/** Throws in production when any secret is missing or default. Other environments pass. */
export function assertSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = secretProblems(env);
  if (problems.length > 0) throw new SecretsError(problems);
}
