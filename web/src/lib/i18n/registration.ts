import type { Locale } from '@assc/schemas';

/*
 * What the registration form, its result page and the cancellation page say. Kept apart from
 * `messages.ts` because only these pages need it. `en` is typed against `ja`.
 */

const ja = {
  form: {
    heading: 'お申し込みフォーム',
    intro: '参加費は無料です。お申し込みの確認メールをお送りします。',
    required: '（必須）',
    venue: '参加する会場',
    name: 'お名前',
    organization: 'ご所属（会社名・団体名）',
    organizationHint: '個人でご参加の場合は「個人」とご記入ください。',
    phone: '電話番号',
    phoneHint: '例：090-1234-5678、03-1234-5678、+84 912 345 678',
    email: 'メールアドレス',
    emailHint: '確認メールと取り消し用のリンクをこのアドレスにお送りします。',
    consentBefore: '',
    consentLink: '個人情報の取り扱い',
    consentAfter: 'に同意します',
    honeypot: 'この欄は空欄のままにしてください',
    submit: 'この内容で申し込む',
    submitting: '送信しています…',
    summary: (n: number) =>
      `入力内容に${n}件の問題があります。各項目のメッセージをご確認ください。`,
  },
  venueState: {
    open: (remaining: number) => `受付中（残り${remaining}席）`,
    few: (remaining: number) => `残りわずか（残り${remaining}席）`,
    full: '満席のため、キャンセル待ちとして承ります',
    closed: '受付終了',
    unknown: '受付中',
  },
  problems: {
    rateLimited:
      '短い時間に多くのお申し込みがありました。1分ほどお待ちいただき、もう一度お送りください。入力内容はそのまま残っています。',
    tooFast:
      '送信が早すぎたため、受け付けられませんでした。入力内容をご確認のうえ、もう一度「この内容で申し込む」を押してください。',
    unavailable:
      'ただいまお申し込みを保存できません。お申し込みはまだ完了していません。入力内容はそのまま残っていますので、少し時間をおいてもう一度お送りください。',
    timedOut:
      'ただいま混み合っていて、お申し込みが保存されたかどうか確認できませんでした。数分以内に確認メールが届けば、お申し込みは完了しています。届かない場合は、もう一度お送りください（二重に登録されることはありません）。',
    session_cancelled: 'この回は中止となったため、お申し込みを受け付けられません。',
    registration_closed: 'この回のお申し込みの受付は終了しました。',
    deadline_passed: 'お申し込みの締め切りを過ぎました。',
    venue_unknown: '選ばれた会場はこの回にはありません。会場を選び直してください。',
    session_not_found: 'この回は見つかりませんでした。',
    invalid: '入力内容をご確認ください。',
  },
  result: {
    title: 'お申し込みの受付',
    confirmedHeading: 'お申し込みを受け付けました',
    confirmedText: '席をご用意しました。当日お会いできるのを楽しみにしております。',
    waitlistedHeading: 'キャンセル待ちとして受け付けました',
    waitlistedText:
      'ただいま満席のため、キャンセル待ちとして登録しました。席が空きましたら、お申し込み順にメールでお知らせします。',
    mail: '確認メールをお送りしました。メールには、日時・会場と、お申し込みを取り消すためのリンクが記載されています。',
    noMail:
      'メールが届かない場合は、迷惑メールフォルダをご確認いただくか、事務局までご連絡ください。',
    back: 'この回のページへ戻る',
  },
  cancel: {
    title: 'お申し込みの取り消し',
    confirm: (session: string, venue: string) =>
      `「${session}」の${venue}会場へのお申し込みを取り消します。よろしければ、下のボタンを押してください。`,
    waitlisted: 'このお申し込みはキャンセル待ちです。',
    button: 'お申し込みを取り消す',
    doneHeading: 'お申し込みを取り消しました',
    doneText: (session: string) =>
      `「${session}」へのお申し込みを取り消しました。取り消しの確認メールをお送りします。ご連絡ありがとうございました。`,
    invalidHeading: 'このリンクはご利用いただけません',
    invalidText:
      'リンクが正しくないか、このお申し込みはすでに取り消されています。取り消しのリンクは一度だけご利用いただけます。お心当たりがない場合は、事務局までご連絡ください。',
    unavailable:
      'ただいま取り消しの処理ができません。少し時間をおいて、もう一度お試しください。お申し込みはまだ取り消されていません。',
    sessionLink: 'この回のページを見る',
  },
};

type RegistrationMessages = typeof ja;

const en: RegistrationMessages = {
  form: {
    heading: 'Registration form',
    intro: 'Attendance is free. We will send you a confirmation e-mail.',
    required: '(required)',
    venue: 'Venue you will attend',
    name: 'Name',
    organization: 'Organisation (company or group)',
    organizationHint: 'If you are coming as an individual, write “Individual”.',
    phone: 'Phone number',
    phoneHint: 'For example 090-1234-5678, 03-1234-5678 or +84 912 345 678',
    email: 'E-mail address',
    emailHint: 'We send the confirmation and your cancellation link to this address.',
    consentBefore: 'I agree to ',
    consentLink: 'how my personal data is handled',
    consentAfter: '',
    honeypot: 'Leave this field empty',
    submit: 'Register',
    submitting: 'Sending…',
    summary: (n: number) =>
      n === 1
        ? 'There is 1 problem with the form. Please see the message next to the field.'
        : `There are ${n} problems with the form. Please see the messages next to the fields.`,
  },
  venueState: {
    open: (remaining: number) => `Open (${remaining} seats left)`,
    few: (remaining: number) => `Only ${remaining} seats left`,
    full: 'Full: you can join the waiting list',
    closed: 'Closed',
    unknown: 'Open',
  },
  problems: {
    rateLimited:
      'We received many registrations from your connection in a short time. Please wait a minute and send the form again. What you typed is still here.',
    tooFast:
      'The form was sent too quickly for us to accept it. Please check your details and press “Register” again.',
    unavailable:
      'We cannot save registrations at the moment, so you are not registered yet. What you typed is still here; please try again in a little while.',
    timedOut:
      'We are very busy and could not confirm whether your registration was saved. If a confirmation e-mail arrives within a few minutes, you are registered; if not, please send the form again (you cannot be registered twice).',
    session_cancelled: 'This session has been cancelled, so it no longer takes registrations.',
    registration_closed: 'Registration for this session has closed.',
    deadline_passed: 'The registration deadline has passed.',
    venue_unknown: 'This session is not held at the venue you chose. Please choose another.',
    session_not_found: 'We could not find this session.',
    invalid: 'Please check the form.',
  },
  result: {
    title: 'Registration received',
    confirmedHeading: 'You are registered',
    confirmedText: 'A seat is reserved for you. We look forward to seeing you.',
    waitlistedHeading: 'You are on the waiting list',
    waitlistedText:
      'The venue is full, so we have put you on the waiting list. If a seat becomes free, we will e-mail people in the order they registered.',
    mail: 'We have sent you a confirmation e-mail with the date, the venue and a link to cancel your registration.',
    noMail: 'If it does not arrive, please check your spam folder or contact us.',
    back: 'Back to the session',
  },
  cancel: {
    title: 'Cancel a registration',
    confirm: (session: string, venue: string) =>
      `This cancels your registration for “${session}” at the ${venue} venue. If that is what you want, press the button below.`,
    waitlisted: 'This registration is on the waiting list.',
    button: 'Cancel my registration',
    doneHeading: 'Your registration is cancelled',
    doneText: (session: string) =>
      `Your registration for “${session}” is cancelled. We will send you an e-mail to confirm. Thank you for letting us know.`,
    invalidHeading: 'This link cannot be used',
    invalidText:
      'The link is not complete, or this registration has already been cancelled: each cancellation link works once. If you did not expect this, please contact us.',
    unavailable:
      'We cannot cancel registrations at the moment, so yours is not cancelled yet. Please try again in a little while.',
    sessionLink: 'See the session',
  },
};

export function registrationText(locale: Locale): RegistrationMessages {
  return locale === 'en' ? en : ja;
}
