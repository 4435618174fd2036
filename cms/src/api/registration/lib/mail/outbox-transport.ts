import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The part of nodemailer's MailMessage a transport uses. */
interface MailMessage {
  message: {
    build(callback: (error: Error | null, message: Buffer) => void): void;
    getEnvelope(): { from: string | false; to: string[] };
    messageId(): string;
  };
  data: { subject?: string };
}

export interface OutboxInfo {
  envelope: { from: string | false; to: string[] };
  messageId: string;
  path: string;
}

export interface OutboxTransport {
  name: string;
  version: string;
  /** Where messages go; shown by the e-mail settings page, and useful in logs. */
  outboxDir: string;
  send(mail: MailMessage, callback: (error: Error | null, info?: OutboxInfo) => void): void;
}

/**
 * A nodemailer transport that writes each message, exactly as it would go over SMTP, to an
 * `.eml` file. The demo has no mail server, and nothing may be lost: staff can open the files
 * in any mail program. Passed as the nodemailer provider's options, which nodemailer accepts
 * in place of SMTP settings because it has a `send` method.
 */
export function outboxTransport(
  outboxDir: string,
  log: (message: string) => void = () => {},
): OutboxTransport {
  return {
    name: 'outbox',
    version: '1.0.0',
    outboxDir,
    send(mail, callback) {
      mail.message.build((error, message) => {
        if (error) return callback(error);
        try {
          mkdirSync(outboxDir, { recursive: true });
          const stamp = new Date().toISOString().replace(/[:.]/g, '-');
          const file = path.join(outboxDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
          // Written aside and renamed, so anyone watching the folder never reads half a message.
          writeFileSync(`${file}.part`, message);
          renameSync(`${file}.part`, file);
          log(`E-mail "${mail.data.subject ?? ''}" written to ${file}`);
          callback(null, {
            envelope: mail.message.getEnvelope(),
            messageId: mail.message.messageId(),
            path: file,
          });
        } catch (writeError) {
          callback(writeError instanceof Error ? writeError : new Error(String(writeError)));
        }
      });
    },
  };
}
