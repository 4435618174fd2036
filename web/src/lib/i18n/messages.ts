import type { Locale } from '@assc/schemas';

/*
 * Everything the site says in its own voice. The CMS supplies content; these are the labels
 * around it. `ja` defines the shape and `en` is typed against it, so a key missing from (or
 * added to only) one language fails type-checking.
 *
 * This module reaches the browser: keep it free of server code and of heavy imports.
 */

const ja = {
  siteName: '外国人労働者ラウンドテーブル',
  siteDescription:
    'ASSC（ザ・グローバル・アライアンス・フォー・サステイナブル・サプライチェーン）が東京と大阪で毎月開催する、外国人労働者・技能実習生の労働と人権の課題を話し合うマルチステークホルダー会議です。開催案内、調査レポート、議事録を公開しています。',
  skipLink: '本文へ移動',
  nav: {
    label: 'メインメニュー',
    home: 'ホーム',
    sessions: '開催一覧',
    reports: '調査レポート',
    minutes: '議事録',
    about: '概要',
  },
  /** The language's own name: the switcher shows it in the language it leads to. */
  languageName: '日本語',
  footer: {
    label: 'サイト情報',
    operatedBy: '運営',
    privacy: 'プライバシーポリシー',
    contact: 'お問い合わせ',
    feed: '新着情報のフィード（Atom）',
    feedTitle: 'レポートと議事録の新着情報',
  },
  cities: { tokyo: '東京', osaka: '大阪', online: 'オンライン' },
  kinds: { overseas: '海外（送出し国）', domestic: '国内' },
  statuses: { scheduled: '開催予定', held: '開催済み', cancelled: '中止' },
  ordinal: (n: number) => `第${n}回`,
  listSeparator: '、',
  home: {
    lead: '日本で働く外国人労働者・技能実習生の労働と人権の課題について、企業、省庁、弁護士、NGO などさまざまな立場の関係者が毎月話し合う場です。',
    nextSession: '次回の開催',
    noUpcoming:
      '現在、予定されている開催はありません。開催が決まりましたらこのページでお知らせします。',
    sessionLink: '詳細と参加申込',
    allSessions: '開催一覧を見る',
    latestReports: '最新の調査レポート',
    allReports: '調査レポートの一覧を見る',
    latestMinutes: '最新の議事録',
    allMinutes: '議事録の一覧を見る',
    noReports: '公開中のレポートはまだありません。',
    noMinutes: '公開中の議事録はまだありません。',
  },
  registration: {
    heading: '参加申込',
    /** Wraps the deadline, which the page marks up as a <time>. */
    openUntil: { before: '', after: 'まで参加申込を受け付けています。' },
    openNoDeadline: '参加申込を受け付けています。',
    closed: '参加申込の受付は終了しました。',
    notYetOpen: '参加申込の受付はまだ始まっていません。',
    cancelled: 'この回は中止となりました。',
    formHere: 'この欄からお申し込みいただけます。参加費は無料です。',
    formComing: '受付が始まりましたら、この欄からお申し込みいただけます。参加費は無料です。',
  },
  sessions: {
    title: '開催一覧',
    description: '外国人労働者ラウンドテーブルの今後の開催予定と、これまでの開催の記録です。',
    upcoming: '今後の開催',
    past: 'これまでの開催',
    noUpcoming: '現在、予定されている開催はありません。',
    noPast: 'これまでの開催はまだありません。',
    date: '日時',
    venues: '会場',
  },
  session: {
    theme: 'テーマ',
    venues: '日時・会場',
    address: '所在地',
    date: '日付',
    time: '時間',
    capacity: '定員',
    people: (n: number) => `${n}名`,
    lecturers: '講師',
    materials: '配布資料',
    minutes: '議事録',
    relatedReports: '関連するレポート',
    addToCalendar: 'カレンダーに追加（.ics ファイル）',
    backToList: '開催一覧へ戻る',
  },
  reports: {
    title: '調査レポート',
    description:
      '送出し国と日本国内での外国人労働者・技能実習生の実態について、ASSC が調査した結果をまとめたレポートです。',
    filters: 'レポートを絞り込む',
    kind: '種類',
    country: '国',
    topic: 'テーマ',
    year: '公開年',
    yearValue: (y: number) => `${y}年`,
    all: 'すべて',
    q: 'キーワード検索',
    qHint: '複数の語句はスペースで区切ってください。',
    submit: '検索する',
    results: (n: number) => `${n}件のレポートが見つかりました`,
    count: (n: number) => `全${n}件のレポート`,
    noResults:
      '条件に合うレポートは見つかりませんでした。キーワードを変えるか、絞り込みを解除してお試しください。',
    activeFilters: '現在の絞り込み条件',
    keyword: 'キーワード',
    quoted: (text: string) => `「${text}」`,
    clear: '絞り込みを解除して、すべてのレポートを表示',
    pageOf: (page: number, pages: number) => `${pages}ページ中${page}ページ目`,
  },
  report: {
    published: '公開日',
    kind: '種類',
    countries: '対象国',
    topics: 'テーマ',
    authors: '執筆者',
    summary: '概要',
    toc: '目次',
    pdf: 'PDF版をダウンロード',
    relatedSessions: '関連する開催回',
    backToList: '調査レポートの一覧へ戻る',
  },
  minutes: {
    title: '議事録',
    description: '外国人労働者ラウンドテーブル各回の議事録です。',
    none: '公開中の議事録はまだありません。',
    heldOn: '開催日',
    session: '開催回',
    participants: '参加者の区分',
    decisions: '決定事項・次のステップ',
    attachments: '添付資料',
    backToList: '議事録の一覧へ戻る',
  },
  about: {
    title: 'ラウンドテーブルについて',
    contact: 'お問い合わせ先',
    contactText: 'ご質問やご意見は、次のメールアドレスまでお寄せください。',
  },
  privacy: {
    title: 'プライバシーポリシー',
  },
  prose: {
    table: '表（横にスクロールできます）',
  },
  pagination: {
    label: 'ページ送り',
    previous: '前のページ',
    next: '次のページ',
    page: (n: number) => `${n}ページ目`,
  },
  fileSize: {
    kb: (n: string) => `${n} KB`,
    mb: (n: string) => `${n} MB`,
  },
  errors: {
    notFoundTitle: 'ページが見つかりません',
    notFoundText:
      'お探しのページは、移動または削除されたか、URL が間違っている可能性があります。お手数ですが、ホームまたはメニューからお探しください。',
    unavailableTitle: 'ただいま一時的にご利用いただけません',
    unavailableText:
      'システムに一時的な問題が起きているため、ページを表示できませんでした。数分後にもう一度お試しください。',
    genericTitle: 'エラーが発生しました',
    genericText:
      '申し訳ありません。ページを表示できませんでした。時間をおいてもう一度お試しください。問題が続く場合はお問い合わせください。',
    status: (n: number) => `エラーコード：${n}`,
    home: 'ホームへ戻る',
    reports: '調査レポートを探す',
    sessions: '開催一覧を見る',
  },
};

export type Messages = typeof ja;

const en: Messages = {
  siteName: 'Foreign Workers Round Table',
  siteDescription:
    'A monthly multi-stakeholder meeting in Tokyo and Osaka, run by the Global Alliance for Sustainable Supply Chain (ASSC), on the labour and human-rights issues of foreign workers and technical intern trainees in Japan. Session information, investigative reports and minutes.',
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main menu',
    home: 'Home',
    sessions: 'Sessions',
    reports: 'Reports',
    minutes: 'Minutes',
    about: 'About',
  },
  languageName: 'English',
  footer: {
    label: 'Site information',
    operatedBy: 'Run by',
    privacy: 'Privacy policy',
    contact: 'Contact',
    feed: 'Feed of new reports and minutes (Atom)',
    feedTitle: 'New reports and minutes',
  },
  cities: { tokyo: 'Tokyo', osaka: 'Osaka', online: 'Online' },
  kinds: { overseas: 'Overseas (sending countries)', domestic: 'Domestic' },
  statuses: { scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' },
  ordinal: (n: number) => `No. ${n}`,
  listSeparator: ', ',
  home: {
    lead: 'A monthly meeting where companies, ministries, lawyers, NGOs and others discuss the labour and human-rights issues of foreign workers and technical intern trainees in Japan.',
    nextSession: 'Next session',
    noUpcoming: 'No session is scheduled at the moment. New sessions will be announced here.',
    sessionLink: 'Details and registration',
    allSessions: 'All sessions',
    latestReports: 'Latest reports',
    allReports: 'All reports',
    latestMinutes: 'Latest minutes',
    allMinutes: 'All minutes',
    noReports: 'No reports have been published yet.',
    noMinutes: 'No minutes have been published yet.',
  },
  registration: {
    heading: 'Register',
    openUntil: { before: 'Registration is open until ', after: '.' },
    openNoDeadline: 'Registration is open.',
    closed: 'Registration is closed.',
    notYetOpen: 'Registration has not opened yet.',
    cancelled: 'This session has been cancelled.',
    formHere: 'You can register here. Attendance is free of charge.',
    formComing:
      'Once registration opens, you will be able to register here. Attendance is free of charge.',
  },
  sessions: {
    title: 'Sessions',
    description: 'Upcoming sessions of the Foreign Workers Round Table, and a record of past ones.',
    upcoming: 'Upcoming sessions',
    past: 'Past sessions',
    noUpcoming: 'No session is scheduled at the moment.',
    noPast: 'There are no past sessions yet.',
    date: 'Date',
    venues: 'Venues',
  },
  session: {
    theme: 'Theme',
    venues: 'Dates and venues',
    address: 'Address',
    date: 'Date',
    time: 'Time',
    capacity: 'Capacity',
    people: (n: number) => (n === 1 ? '1 person' : `${n} people`),
    lecturers: 'Lecturers',
    materials: 'Materials',
    minutes: 'Minutes',
    relatedReports: 'Related reports',
    addToCalendar: 'Add to calendar (.ics file)',
    backToList: 'Back to all sessions',
  },
  reports: {
    title: 'Reports',
    description:
      'Investigative reports by ASSC on the situation of foreign workers and technical intern trainees, in the sending countries and in Japan.',
    filters: 'Filter reports',
    kind: 'Kind',
    country: 'Country',
    topic: 'Topic',
    year: 'Year published',
    yearValue: (y: number) => String(y),
    all: 'All',
    q: 'Keyword search',
    qHint: 'Separate several words with spaces.',
    submit: 'Search',
    results: (n: number) => (n === 1 ? '1 report found' : `${n} reports found`),
    count: (n: number) => (n === 1 ? '1 report' : `${n} reports`),
    noResults:
      'No reports match these filters. Try a different keyword, or clear the filters to see all reports.',
    activeFilters: 'Current filters',
    keyword: 'Keyword',
    quoted: (text: string) => `“${text}”`,
    clear: 'Clear the filters and show all reports',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  report: {
    published: 'Published',
    kind: 'Kind',
    countries: 'Countries',
    topics: 'Topics',
    authors: 'Authors',
    summary: 'Summary',
    toc: 'Contents',
    pdf: 'Download the PDF',
    relatedSessions: 'Related sessions',
    backToList: 'Back to all reports',
  },
  minutes: {
    title: 'Minutes',
    description: 'Minutes of each session of the Foreign Workers Round Table.',
    none: 'No minutes have been published yet.',
    heldOn: 'Held on',
    session: 'Session',
    participants: 'Participants',
    decisions: 'Decisions and next steps',
    attachments: 'Attachments',
    backToList: 'Back to all minutes',
  },
  about: {
    title: 'About the Round Table',
    contact: 'Contact',
    contactText: 'Please send questions and comments to this address.',
  },
  privacy: {
    title: 'Privacy policy',
  },
  prose: {
    table: 'Table (scrolls sideways)',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number) => `Page ${n}`,
  },
  fileSize: {
    kb: (n: string) => `${n} KB`,
    mb: (n: string) => `${n} MB`,
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText:
      'The page you are looking for may have moved or been removed, or the address may be mistyped. Please try the home page or the menu.',
    unavailableTitle: 'Temporarily unavailable',
    unavailableText:
      'The site is temporarily unavailable because of a technical problem. Please try again in a few minutes.',
    genericTitle: 'Something went wrong',
    genericText:
      'Sorry, this page could not be shown. Please try again later, and contact us if the problem continues.',
    status: (n: number) => `Error code: ${n}`,
    home: 'Go to the home page',
    reports: 'Browse the reports',
    sessions: 'See all sessions',
  },
};

export const messages: Record<Locale, Messages> = { ja, en };

export function t(locale: Locale): Messages {
  return messages[locale];
}
