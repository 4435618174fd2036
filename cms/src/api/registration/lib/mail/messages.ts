import type { Locale, VenueCity } from '@assc/schemas';
import type { SessionVersion, Venue } from '../session-lookup';
import type { Attachment } from './calendar-attachment';
import { textToHtml } from './escape-html';
import { formatDate, formatTimeRange } from './format';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: Attachment[];
}

export type SeatStatus = 'confirmed' | 'waitlisted';

/** What one registrant's e-mail is about: their session, in their language, and their venue. */
export interface Seat {
  to: string;
  locale: Locale;
  session: SessionVersion;
  venue: Venue;
}

const CITY: Record<Locale, Record<VenueCity, string>> = {
  ja: { tokyo: '東京', osaka: '大阪', online: 'オンライン' },
  en: { tokyo: 'Tokyo', osaka: 'Osaka', online: 'Online' },
};

const STATUS: Record<Locale, Record<SeatStatus, string>> = {
  ja: { confirmed: '参加確定（お席を確保しました）', waitlisted: 'キャンセル待ち' },
  en: { confirmed: 'Confirmed (you have a seat)', waitlisted: 'Waiting list' },
};

/** The full-width space Japanese text uses between items. */
const IDEOGRAPHIC_SPACE = '\u3000';

function details(seat: Seat, status: SeatStatus | null): string[] {
  const { locale, session, venue } = seat;
  const when = `${formatDate(venue.startsAt, locale)} ${formatTimeRange(venue.startsAt, venue.endsAt, locale)}`;
  const place = [venue.name, venue.address]
    .filter(Boolean)
    .join(locale === 'ja' ? IDEOGRAPHIC_SPACE : ', ');
  const lines =
    locale === 'ja'
      ? [
          `■ 回：${session.title}`,
          `■ 会場：${CITY.ja[venue.city]}${IDEOGRAPHIC_SPACE}${place}`,
          `■ 日時：${when}`,
        ]
      : [
          `Session: ${session.title}`,
          `Venue: ${CITY.en[venue.city]} — ${place}`,
          `Date and time: ${when}`,
        ];
  if (status)
    lines.push(locale === 'ja' ? `■ 状態：${STATUS.ja[status]}` : `Status: ${STATUS.en[status]}`);
  return lines;
}

function mail(
  to: string,
  subject: string,
  paragraphs: string[][],
  links: string[],
  attachments?: Attachment[],
): Mail {
  const text = paragraphs.map((lines) => lines.join('\n')).join('\n\n') + '\n';
  return {
    to,
    subject,
    text,
    html: textToHtml(text, links),
    ...(attachments ? { attachments } : {}),
  };
}

const SIGNATURE: Record<Locale, string[]> = {
  ja: ['外国人労働者ラウンドテーブル事務局'],
  en: ['Foreign Workers Round Table secretariat'],
};

const FOOTER: Record<Locale, string[]> = {
  ja: ['このメールに心当たりがない場合は、お手数ですが破棄してください。'],
  en: ['If you did not expect this e-mail, please ignore it.'],
};

/** Sent after a registration: seat or waiting list, calendar file, personal cancel link. */
export function confirmationMail(
  seat: Seat,
  input: { name: string; status: SeatStatus; cancelUrl: string; pageUrl: string; ics: Attachment },
): Mail {
  const { locale, session } = seat;
  if (locale === 'ja') {
    return mail(
      seat.to,
      input.status === 'confirmed'
        ? `【参加登録完了】${session.title}`
        : `【キャンセル待ち受付】${session.title}`,
      [
        [`${input.name} 様`],
        [
          'ラウンドテーブルへのお申し込みをありがとうございます。',
          input.status === 'confirmed'
            ? 'お席を確保しました。当日お会いできるのを楽しみにしております。'
            : '定員に達しているため、キャンセル待ちとして承りました。お席が空きしだい、メールでお知らせします。',
        ],
        details(seat, input.status),
        ['カレンダーに登録できるファイル（.ics）を添付しています。', '回の詳細：', input.pageUrl],
        [
          'ご都合が悪くなった場合は、次のリンクから取り消してください。あなた専用のリンクですので、他の方には転送しないでください。',
          input.cancelUrl,
        ],
        FOOTER.ja,
        SIGNATURE.ja,
      ],
      [input.pageUrl, input.cancelUrl],
      [input.ics],
    );
  }
  return mail(
    seat.to,
    input.status === 'confirmed'
      ? `Registration confirmed: ${session.title}`
      : `On the waiting list: ${session.title}`,
    [
      [`Dear ${input.name},`],
      [
        'Thank you for registering for the Round Table.',
        input.status === 'confirmed'
          ? 'Your seat is confirmed. We look forward to seeing you.'
          : 'The venue is full, so you are on the waiting list. We will e-mail you as soon as a seat becomes free.',
      ],
      details(seat, input.status),
      ['A calendar file (.ics) is attached. Session details:', input.pageUrl],
      [
        'If you cannot come, please cancel with the link below. It is personal: please do not forward it.',
        input.cancelUrl,
      ],
      FOOTER.en,
      SIGNATURE.en,
    ],
    [input.pageUrl, input.cancelUrl],
    [input.ics],
  );
}

/**
 * Sent instead of a second confirmation when the address is already registered. It goes to
 * the address, not to whoever typed it, so it may say what that registration is.
 */
export function alreadyRegisteredMail(seat: Seat, existing: SeatStatus): Mail {
  const { locale, session } = seat;
  if (locale === 'ja') {
    return mail(
      seat.to,
      `【お申し込み済み】${session.title}`,
      [
        [
          'このメールアドレスでのお申し込みは、すでに受け付けています。重ねてのお申し込みは登録していません。',
          '現在のお申し込み内容は次のとおりです。',
        ],
        details(seat, existing),
        ['取り消しは、最初のお申し込み時にお送りしたメールのリンクからお手続きください。'],
        FOOTER.ja,
        SIGNATURE.ja,
      ],
      [],
    );
  }
  return mail(
    seat.to,
    `Already registered: ${session.title}`,
    [
      [
        'This e-mail address is already registered for this session, so the new registration was not added.',
        'Your registration:',
      ],
      details(seat, existing),
      ['To cancel, use the link in the e-mail we sent when you first registered.'],
      FOOTER.en,
      SIGNATURE.en,
    ],
    [],
  );
}

/** Sent when a cancellation frees a seat for someone on the waiting list. */
export function promotedMail(
  seat: Seat,
  input: { name: string; pageUrl: string; ics: Attachment },
): Mail {
  const { locale, session } = seat;
  if (locale === 'ja') {
    return mail(
      seat.to,
      `【参加確定】キャンセル待ちから繰り上がりました：${session.title}`,
      [
        [`${input.name} 様`],
        ['お席が空きましたので、キャンセル待ちから参加確定となりました。'],
        details(seat, 'confirmed'),
        ['カレンダー用のファイル（.ics）を添付しています。回の詳細：', input.pageUrl],
        ['ご都合が悪い場合は、最初にお送りしたメールのリンクから取り消してください。'],
        SIGNATURE.ja,
      ],
      [input.pageUrl],
      [input.ics],
    );
  }
  return mail(
    seat.to,
    `You have a seat: ${session.title}`,
    [
      [`Dear ${input.name},`],
      ['A seat has become free, so your place on the waiting list is now a confirmed seat.'],
      details(seat, 'confirmed'),
      ['A calendar file (.ics) is attached. Session details:', input.pageUrl],
      ['If you cannot come, please cancel with the link in the first e-mail we sent you.'],
      SIGNATURE.en,
    ],
    [input.pageUrl],
    [input.ics],
  );
}

/** Confirms a cancellation, so someone who did not cancel hears about it. */
export function cancelledMail(seat: Seat, input: { name: string }): Mail {
  const { locale, session } = seat;
  if (locale === 'ja') {
    return mail(
      seat.to,
      `【取り消し完了】${session.title}`,
      [
        [`${input.name} 様`],
        ['次のお申し込みを取り消しました。'],
        details(seat, null),
        ['またの機会にご参加をお待ちしております。'],
        SIGNATURE.ja,
      ],
      [],
    );
  }
  return mail(
    seat.to,
    `Registration cancelled: ${session.title}`,
    [
      [`Dear ${input.name},`],
      ['Your registration below has been cancelled.'],
      details(seat, null),
      ['We hope to see you at another session.'],
      SIGNATURE.en,
    ],
    [],
  );
}

const STAFF_STATUS: Record<SeatStatus, string> = {
  confirmed: '参加確定',
  waitlisted: 'キャンセル待ち',
};

export interface StaffEvent {
  to: string;
  kind: 'registered' | 'cancelled';
  session: SessionVersion;
  venue: Venue;
  /** Status of the registration this is about (before cancelling, for a cancellation). */
  status: SeatStatus;
  confirmed: number;
  waitlisted: number;
  promoted: number;
}

/**
 * For the secretariat's inbox. Counts only: the people themselves are in the admin panel,
 * behind a login, and nothing about them travels by e-mail.
 */
export function staffNoticeMail(event: StaffEvent): Mail {
  const { session, venue } = event;
  const what =
    event.kind === 'registered'
      ? `新しいお申し込み（${STAFF_STATUS[event.status]}）/ New registration (${event.status})`
      : `取り消し（${STAFF_STATUS[event.status]}）/ Cancellation (${event.status})`;
  const lines = [
    what,
    `${session.title}`,
    `${CITY.ja[venue.city]} / ${CITY.en[venue.city]}: ${venue.name}`,
    `参加確定 / confirmed: ${event.confirmed} / ${venue.capacity}`,
    `キャンセル待ち / waiting: ${event.waitlisted}`,
  ];
  if (event.promoted > 0)
    lines.push(`繰り上げ / promoted from the waiting list: ${event.promoted}`);
  return mail(
    event.to,
    `[Round Table] ${event.kind === 'registered' ? '申込' : '取消'} ${CITY.ja[venue.city]}: ${session.title}`,
    [lines, ['詳細は管理画面で / Details in the admin panel.']],
    [],
  );
}
