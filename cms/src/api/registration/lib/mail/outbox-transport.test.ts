import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailerProvider from '@strapi/provider-email-nodemailer';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxTransport } from './outbox-transport';

describe('the outbox transport, through Strapi’s nodemailer provider', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each message, attachments and all, as an .eml file', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'outbox-'));
    const logged: string[] = [];
    const provider = nodemailerProvider.init(
      outboxTransport(path.join(dir, 'nested'), (m) => logged.push(m)),
      { defaultFrom: 'Round Table <rt@example.org>', defaultReplyTo: 'rt@example.org' },
    );
    await provider.send({
      to: 'taro@example.org',
      subject: '参加登録',
      text: 'こんにちは',
      html: '<p>こんにちは</p>',
      attachments: [
        { filename: 'x.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' },
      ],
    });
    const files = readdirSync(path.join(dir, 'nested'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const mail = await simpleParser(readFileSync(path.join(dir, 'nested', files[0]!)));
    expect(mail.subject).toBe('参加登録');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Round Table', address: 'rt@example.org' });
    expect(mail.text?.trim()).toBe('こんにちは');
    expect(mail.attachments[0]?.content.toString()).toBe('BEGIN:VCALENDAR');
    expect(logged[0]).toContain(files[0]);
  });
});
