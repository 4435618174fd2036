import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { outboxTransport } from '../src/api/registration/lib/mail/outbox-transport';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * SMTP when `SMTP_HOST` is set; otherwise (the demo) every message becomes an `.eml` file in
 * `OUTBOX_DIR`, through the same nodemailer provider, so the code path is the same in both.
 */
function mailTransport(env: Env) {
  const host: string = env('SMTP_HOST', '');
  if (!host) {
    const dir = path.resolve(__dirname, '..', '..', env('OUTBOX_DIR', '.tmp/outbox'));
    return outboxTransport(dir, (message) => globalThis.strapi?.log.info(message));
  }
  const port = env.int('SMTP_PORT', 587);
  const user: string = env('SMTP_USER', '');
  return {
    host,
    port,
    secure: env.bool('SMTP_SECURE', port === 465),
    ...(user ? { auth: { user, pass: env('SMTP_PASS', '') } } : {}),
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: mailTransport(env),
      settings: {
        defaultFrom: env('MAIL_FROM', 'Foreign Workers Round Table <no-reply@localhost>'),
        defaultReplyTo: env('MAIL_REPLY_TO', env('MAIL_FROM', 'no-reply@localhost')),
      },
    },
  },
});
