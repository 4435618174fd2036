/**
 * Demo content for the Foreign Workers Round Table portal, in Japanese and English.
 *
 * Everything here is illustrative: the persons are fictional, the survey figures in the
 * reports are invented for the demo (and say so), and venues are described only down to
 * the ward. The frame (ASSC, the kick-off on 10 October 2018 in Tokyo and Osaka, the
 * second session on 6 November 2018, free monthly meetings, reports on sending countries
 * and on Japan) follows ASSC’s original announcement.
 *
 * `demoContent(now)` is pure: the past sessions are fixed, the upcoming ones are placed
 * relative to `now` so the demo always has a session open for registration.
 */

export interface Localized<T = string> {
  ja: T;
  en: T;
}
export type City = 'tokyo' | 'osaka' | 'online';
export interface DemoPerson {
  name: Localized;
  affiliation: Localized;
  bio: Localized;
}
export interface DemoVenue {
  city: City;
  name: Localized;
  address: Localized;
  startsAt: string;
  endsAt: string;
  timeZone: 'Asia/Tokyo';
  capacity: number;
}
export interface DemoSession {
  slug: string;
  ordinal: number;
  title: Localized;
  theme: Localized; // theme is Markdown
  status: 'scheduled' | 'held' | 'cancelled';
  registrationOpen: boolean;
  registrationDeadline: string | null;
  venues: DemoVenue[];
  lecturers: DemoPerson[];
}
export interface DemoMinutes {
  slug: string;
  session: string /* session slug */;
  heldOn: string /* YYYY-MM-DD */;
  title: Localized;
  participantGroups: Localized[];
  body: Localized /* Markdown */;
  decisions: Localized /* Markdown */;
}
export interface DemoCountry {
  slug: string;
  code: string /* ISO 3166-1 alpha-2 */;
  name: Localized;
}
export interface DemoTopic {
  slug: string;
  name: Localized;
}
export interface DemoReport {
  slug: string;
  title: Localized;
  summary: Localized;
  body: Localized /* Markdown */;
  kind: 'overseas' | 'domestic';
  countries: string[] /* country slugs */;
  topics: string[] /* topic slugs */;
  publishedOn: string /* YYYY-MM-DD */;
  authors: DemoPerson[];
  sessions: string[] /* session slugs */;
}
export interface DemoSiteSettings {
  organizationName: Localized;
  about: Localized /* Markdown */;
  contactEmail: string;
  privacyPolicy: Localized /* Markdown */;
}
export interface DemoContent {
  countries: DemoCountry[];
  topics: DemoTopic[];
  sessions: DemoSession[];
  minutes: DemoMinutes[];
  reports: DemoReport[];
  siteSettings: DemoSiteSettings;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Japan Standard Time is UTC+9 all year (no daylight saving). */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date in Japan. `month` is 1–12. */
interface JstDate {
  year: number;
  month: number;
  day: number;
}

/** UTC ISO string (`…Z`) of a wall-clock time in Japan. */
function jstIso(date: JstDate, hour: number, minute = 0): string {
  return new Date(
    Date.UTC(date.year, date.month - 1, date.day, hour, minute) - JST_OFFSET_MS,
  ).toISOString();
}

function ymd(year: number, month: number, day: number): JstDate {
  return { year, month, day };
}

/** The calendar date in Japan at the given instant. */
function jstDateOf(instant: Date): JstDate {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  return ymd(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

function addDays(date: JstDate, days: number): JstDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: JstDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The same date, or the following Monday when it falls on a weekend. */
function onWeekday(date: JstDate): JstDate {
  let d = date;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function formatJa(date: JstDate): string {
  return `${date.year}年${date.month}月${date.day}日（${WEEKDAYS_JA[weekday(date)]}）`;
}

function formatEn(date: JstDate): string {
  return `${WEEKDAYS_EN[weekday(date)]}, ${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
}

/** Monthly since the kick-off in October 2018: October 2018 is #1, November 2018 is #2, … */
function monthlyOrdinal(date: JstDate): number {
  return (date.year - 2018) * 12 + (date.month - 10) + 1;
}

function sessionSlug(ordinal: number): string {
  return `round-table-${String(ordinal).padStart(2, '0')}`;
}

/**
 * Template tag for Markdown blocks: removes the common indentation of the source and the
 * first and last (blank) lines, so the Markdown can be indented like the code around it.
 * Interpolated values must be single-line.
 */
function md(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let raw = strings[0] ?? '';
  values.forEach((value, i) => {
    raw += String(value) + (strings[i + 1] ?? '');
  });
  const lines = raw.split('\n');
  while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(indent).trimEnd()).join('\n');
}

function loc(ja: string, en: string): Localized {
  return { ja, en };
}

// ---------------------------------------------------------------------------
// Countries and topics
// ---------------------------------------------------------------------------

const COUNTRIES: DemoCountry[] = [
  { slug: 'vietnam', code: 'VN', name: loc('ベトナム', 'Viet Nam') },
  { slug: 'myanmar', code: 'MM', name: loc('ミャンマー', 'Myanmar') },
  { slug: 'cambodia', code: 'KH', name: loc('カンボジア', 'Cambodia') },
  { slug: 'indonesia', code: 'ID', name: loc('インドネシア', 'Indonesia') },
  { slug: 'nepal', code: 'NP', name: loc('ネパール', 'Nepal') },
  { slug: 'philippines', code: 'PH', name: loc('フィリピン', 'Philippines') },
  { slug: 'japan', code: 'JP', name: loc('日本', 'Japan') },
];

const TOPICS: DemoTopic[] = [
  {
    slug: 'recruitment-fees',
    name: loc('送出し手数料と債務労働', 'Recruitment fees and debt bondage'),
  },
  {
    slug: 'technical-intern-training',
    name: loc('技能実習制度', 'Technical Intern Training Program'),
  },
  { slug: 'specified-skilled-worker', name: loc('特定技能', 'Specified Skilled Worker') },
  { slug: 'grievance-mechanisms', name: loc('苦情処理メカニズム', 'Grievance mechanisms') },
  {
    slug: 'human-rights-due-diligence',
    name: loc('人権デュー・ディリジェンス', 'Human rights due diligence'),
  },
  { slug: 'working-hours-wages', name: loc('労働時間と賃金', 'Working hours and wages') },
  {
    slug: 'housing-living-conditions',
    name: loc('住居と生活環境', 'Housing and living conditions'),
  },
];

// ---------------------------------------------------------------------------
// People (all fictional, apart from the secretariat itself)
// ---------------------------------------------------------------------------

const ORGANIZATION_NAME = loc(
  '一般社団法人ザ・グローバル・アライアンス・フォー・サステイナブル・サプライチェーン（ASSC）',
  'The Global Alliance for Sustainable Supply Chain (ASSC)',
);

const SECRETARIAT: DemoPerson = {
  name: loc('ASSC 事務局', 'ASSC Secretariat'),
  affiliation: ORGANIZATION_NAME,
  bio: loc(
    '外国人労働者ラウンドテーブルの運営事務局です。各回のテーマ設定、講師の調整、送出し国および日本国内の実態調査とレポートの作成を担当しています。',
    'The secretariat that runs the Foreign Workers Round Table. It sets the theme of each session, invites the lecturers, and carries out the field research behind the reports on sending countries and on Japan.',
  ),
};

const RESEARCHER_NAKAGAWA: DemoPerson = {
  name: loc('中川 遥', 'Haruka Nakagawa'),
  affiliation: loc('ASSC 調査担当', 'Research Officer, ASSC'),
  bio: loc(
    '開発協力NGOで東南アジアの農村開発に携わった後、ASSCで外国人労働者の送出し・受入れに関する調査を担当しています。ベトナム語での聞き取り調査の経験があります。（デモ用の架空の人物です）',
    'After several years with a development NGO working on rural development in South-East Asia, she now leads ASSC’s research on how foreign workers are recruited and employed. She conducts interviews in Vietnamese. (A fictional person created for the demo.)',
  ),
};

const LAWYER_MORITA: DemoPerson = {
  name: loc('森田 彩', 'Aya Morita'),
  affiliation: loc('弁護士', 'Attorney at law'),
  bio: loc(
    '外国人労働者の労働事件や在留資格に関する相談を数多く担当しています。技能実習生からの未払い賃金や強制帰国に関する相談に、支援団体と連携して対応してきました。（デモ用の架空の人物です）',
    'She has handled many labour cases and residence-status consultations for foreign workers, including unpaid wages and forced repatriation of technical intern trainees, working alongside support organisations. (A fictional person created for the demo.)',
  ),
};

const RESEARCHER_NGUYEN: DemoPerson = {
  name: loc('グエン・ティ・ホア', 'Nguyen Thi Hoa'),
  affiliation: loc('労働移住研究者（ハノイ）', 'Labour-migration researcher, Hanoi'),
  bio: loc(
    'ベトナムから海外への労働移住を研究しています。送出し機関や出身地域での聞き取りを通じて、渡航前の費用負担と借入れの実態を調べてきました。（デモ用の架空の人物です）',
    'She studies labour migration from Viet Nam. Through interviews with sending agencies and in migrants’ home districts she has documented the costs workers pay before departure and how they borrow to cover them. (A fictional person created for the demo.)',
  ),
};

const CONSULTANT_ISHII: DemoPerson = {
  name: loc('石井 健太郎', 'Kentaro Ishii'),
  affiliation: loc('ビジネスと人権コンサルタント', 'Business and human rights consultant'),
  bio: loc(
    '企業の人権方針の策定や人権デュー・ディリジェンス、苦情処理窓口の設計を支援しています。国連「ビジネスと人権に関する指導原則」に基づく実務に詳しく、製造業や小売業での支援経験があります。（デモ用の架空の人物です）',
    'He helps companies draft human rights policies, carry out human rights due diligence and design grievance channels, drawing on the UN Guiding Principles on Business and Human Rights, with experience in manufacturing and retail. (A fictional person created for the demo.)',
  ),
};

const FIELD_CHAN: DemoPerson = {
  name: loc('チャン・ソピア', 'Chan Sophea'),
  affiliation: loc(
    'ASSC 現地調査協力者（カンボジア）',
    'Field research partner for ASSC, Cambodia',
  ),
  bio: loc(
    'カンボジアの移住労働者支援NGOで、海外で働く人々とその家族からの相談対応に長く携わってきました。（デモ用の架空の人物です）',
    'She worked for many years at a Cambodian NGO supporting migrant workers, advising people working abroad and their families. (A fictional person created for the demo.)',
  ),
};

const SHAROUSHI_OKAMOTO: DemoPerson = {
  name: loc('岡本 里奈', 'Rina Okamoto'),
  affiliation: loc('社会保険労務士', 'Certified labour and social security attorney'),
  bio: loc(
    '外国人を雇用する中小企業の労務管理を支援しています。技能実習生や特定技能外国人の労働条件の確認、母国語での労働条件通知書や給与明細の整備に取り組んでいます。（デモ用の架空の人物です）',
    'She advises small and medium-sized employers of foreign workers on labour management: checking the working conditions of technical intern trainees and Specified Skilled Workers, and providing employment terms and pay slips in the workers’ own languages. (A fictional person created for the demo.)',
  ),
};

// ---------------------------------------------------------------------------
// Venues
// ---------------------------------------------------------------------------

interface VenueTimes {
  date: JstDate;
  from: number;
  to: number;
  capacity: number;
}

function tokyoVenue({ date, from, to, capacity }: VenueTimes): DemoVenue {
  return {
    city: 'tokyo',
    name: loc(
      'ASSC 東京会場（千代田区内の会議室）',
      'ASSC Tokyo venue (meeting room in Chiyoda-ku)',
    ),
    address: loc(
      '東京都千代田区（ビル名・階数は参加確認メールでお知らせします）',
      'Chiyoda-ku, Tokyo (the building and floor are given in the confirmation e-mail)',
    ),
    startsAt: jstIso(date, from),
    endsAt: jstIso(date, to),
    timeZone: 'Asia/Tokyo',
    capacity,
  };
}

function osakaVenue({ date, from, to, capacity }: VenueTimes): DemoVenue {
  return {
    city: 'osaka',
    name: loc('ASSC 大阪会場（大阪市北区内のホール）', 'ASSC Osaka venue (hall in Kita-ku, Osaka)'),
    address: loc(
      '大阪府大阪市北区（ビル名・階数は参加確認メールでお知らせします）',
      'Kita-ku, Osaka (the building and floor are given in the confirmation e-mail)',
    ),
    startsAt: jstIso(date, from),
    endsAt: jstIso(date, to),
    timeZone: 'Asia/Tokyo',
    capacity,
  };
}

function onlineVenue({ date, from, to, capacity }: VenueTimes): DemoVenue {
  return {
    city: 'online',
    name: loc('オンライン（Zoom）', 'Online (Zoom)'),
    address: loc('参加URLはメールでお送りします', 'URL will be sent by e-mail'),
    startsAt: jstIso(date, from),
    endsAt: jstIso(date, to),
    timeZone: 'Asia/Tokyo',
    capacity,
  };
}

// ---------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------

const KICK_OFF_DATE = ymd(2018, 10, 10);
const SECOND_DATE = ymd(2018, 11, 6);
const FEES_DATE = ymd(2019, 2, 13);
const GRIEVANCE_DATE = ymd(2019, 6, 12);
const SSW_DATE = ymd(2019, 9, 9);

const SLUG_KICK_OFF = sessionSlug(monthlyOrdinal(KICK_OFF_DATE)); // round-table-01
const SLUG_SECOND = sessionSlug(monthlyOrdinal(SECOND_DATE)); // round-table-02
const SLUG_FEES = sessionSlug(monthlyOrdinal(FEES_DATE)); // round-table-05
const SLUG_GRIEVANCE = sessionSlug(monthlyOrdinal(GRIEVANCE_DATE)); // round-table-09
const SLUG_SSW = sessionSlug(monthlyOrdinal(SSW_DATE)); // round-table-12

function pastSessions(): DemoSession[] {
  const kickOff: DemoSession = {
    slug: SLUG_KICK_OFF,
    ordinal: monthlyOrdinal(KICK_OFF_DATE),
    title: loc(
      '第1回 外国人労働者ラウンドテーブル（キックオフ）',
      'Foreign Workers Round Table #1: Kick-off',
    ),
    theme: loc(
      md`
        ## キックオフ：外国人労働者をめぐる課題と、ラウンドテーブルに期待すること

        日本国内で働く外国人労働者（技能実習生を含みます）の労働・人権課題について、さまざまな立場の関係者が話し合う「外国人労働者ラウンドテーブル」を始めます。日本企業のサプライチェーンにおける外国人労働者の課題への理解を深め、その解決に向けたアプローチを提案することを目的としています。

        初回は、企業、省庁・政府機関、弁護士、NGO、東京オリンピック・パラリンピック競技大会組織委員会の皆さまにお集まりいただき、次の点について意見を交わします。

        - 外国人労働者をめぐる課題の現状と論点
        - 本ラウンドテーブルに期待すること
        - 今後取り上げるテーマと進め方

        東京会場と大阪会場をつなぎ、同時に開催します。
      `,
      md`
        ## Kick-off: the issues facing foreign workers, and what we expect from the Round Table

        We are launching the Foreign Workers Round Table, where people from different sectors discuss the labour and human rights issues faced by foreign workers in Japan, including technical intern trainees. The aim is to deepen understanding of these issues in the supply chains of Japanese companies and to propose ways of addressing them.

        This first session brings together companies, ministries and government agencies, lawyers, NGOs and the Tokyo Organising Committee of the Olympic and Paralympic Games to discuss:

        - the current situation of foreign workers and the main issues;
        - what participants expect from the Round Table;
        - the themes to take up next and how the meetings will run.

        The Tokyo and Osaka venues are connected and meet at the same time.
      `,
    ),
    status: 'held',
    registrationOpen: false,
    registrationDeadline: null,
    venues: [
      tokyoVenue({ date: KICK_OFF_DATE, from: 14, to: 17, capacity: 50 }),
      osakaVenue({ date: KICK_OFF_DATE, from: 14, to: 17, capacity: 30 }),
    ],
    lecturers: [SECRETARIAT],
  };

  const second: DemoSession = {
    slug: SLUG_SECOND,
    ordinal: monthlyOrdinal(SECOND_DATE),
    title: loc(
      '第2回 外国人労働者ラウンドテーブル：技能実習制度の仕組みと現場の課題',
      'Foreign Workers Round Table #2: How the Technical Intern Training Program works, and what goes wrong',
    ),
    theme: loc(
      md`
        ## 技能実習制度の仕組みと現場の課題

        2017年11月に技能実習法が施行され、外国人技能実習機構による監督や、監理団体の許可制が導入されました。一方で、賃金の未払い、長時間労働、パスポートの取り上げといった問題は、今も報告されています。

        今回は、外国人労働者の労働事件に取り組む弁護士をお招きし、次の点についてお話を伺います。

        - 実習生・監理団体・実習実施者・送出し機関の関係
        - 相談事例から見える典型的な問題
        - サプライチェーンの上流にいる企業が確認すべき点

        講演の後、会場ごとに意見交換を行います。
      `,
      md`
        ## How the Technical Intern Training Program works, and what goes wrong

        The Technical Intern Training Act came into force in November 2017, introducing supervision by the Organization for Technical Intern Training and a licensing system for supervising organisations. Yet unpaid wages, excessive working hours and confiscated passports are still being reported.

        A lawyer who handles labour cases for foreign workers will talk about:

        - how trainees, supervising organisations, implementing employers and sending agencies relate to each other;
        - the typical problems seen in the cases brought to lawyers;
        - what companies further up the supply chain should check.

        The talk is followed by a discussion at each venue.
      `,
    ),
    status: 'held',
    registrationOpen: false,
    registrationDeadline: jstIso(addDays(SECOND_DATE, -3), 17),
    venues: [
      tokyoVenue({ date: SECOND_DATE, from: 14, to: 17, capacity: 40 }),
      osakaVenue({ date: SECOND_DATE, from: 14, to: 17, capacity: 30 }),
    ],
    lecturers: [LAWYER_MORITA],
  };

  const fees: DemoSession = {
    slug: SLUG_FEES,
    ordinal: monthlyOrdinal(FEES_DATE),
    title: loc(
      '第5回 外国人労働者ラウンドテーブル：送出し国における手数料と借金',
      'Foreign Workers Round Table #5: Recruitment fees and debt in sending countries',
    ),
    theme: loc(
      md`
        ## 送出し国における手数料と借金：ベトナムの事例から

        多くの技能実習生が、来日前に送出し機関への手数料や研修費を支払い、その費用を借入れで賄っています。借金を抱えた状態は、来日後に不当な扱いを受けても声を上げにくい状況につながります。

        今回は、ハノイで労働移住を研究する講師をお招きし、ASSCの現地調査の中間報告とあわせて、次の点を取り上げます。

        - 出国前に実習生が負担する費用の内訳
        - 費用の資金調達と返済の実態
        - 「雇用主負担の原則」を日本企業が実践するために
      `,
      md`
        ## Recruitment fees and debt in sending countries: the case of Viet Nam

        Many technical intern trainees pay fees to sending agencies and for training before they leave for Japan, and borrow to do so. Being in debt makes it hard to speak up about unfair treatment after arrival.

        A researcher on labour migration based in Hanoi joins us, together with an interim report on ASSC’s field research, to look at:

        - what trainees pay before departure, item by item;
        - how they raise the money and how long repayment takes;
        - how Japanese companies can put the Employer Pays Principle into practice.
      `,
    ),
    status: 'held',
    registrationOpen: false,
    registrationDeadline: jstIso(addDays(FEES_DATE, -3), 17),
    venues: [
      tokyoVenue({ date: FEES_DATE, from: 14, to: 17, capacity: 40 }),
      osakaVenue({ date: FEES_DATE, from: 14, to: 17, capacity: 30 }),
    ],
    lecturers: [RESEARCHER_NGUYEN, RESEARCHER_NAKAGAWA],
  };

  const grievance: DemoSession = {
    slug: SLUG_GRIEVANCE,
    ordinal: monthlyOrdinal(GRIEVANCE_DATE),
    title: loc(
      '第9回 外国人労働者ラウンドテーブル：外国人労働者のための苦情処理メカニズム',
      'Foreign Workers Round Table #9: Grievance mechanisms for foreign workers',
    ),
    theme: loc(
      md`
        ## 外国人労働者のための苦情処理メカニズム

        国連「ビジネスと人権に関する指導原則」は、企業に対し、影響を受ける人々が利用できる実効的な苦情処理の仕組みを求めています。しかし、言葉の壁や報復への不安から、外国人労働者が既存の窓口を利用できていない例が少なくありません。

        - 指導原則が示す、苦情処理メカニズムの実効性の要件
        - 企業・業界単位での窓口設置の事例
        - サプライヤーで働く外国人労働者に窓口を届けるには

        **今回は東京会場のみでの開催です。**
      `,
      md`
        ## Grievance mechanisms for foreign workers

        The UN Guiding Principles on Business and Human Rights expect companies to provide effective grievance mechanisms for the people their operations affect. In practice, language barriers and fear of retaliation keep many foreign workers from using existing channels.

        - The effectiveness criteria for grievance mechanisms in the Guiding Principles
        - Examples of company-level and industry-level channels
        - How to make a channel reach foreign workers employed by suppliers

        **This session is held in Tokyo only.**
      `,
    ),
    status: 'held',
    registrationOpen: false,
    registrationDeadline: jstIso(addDays(GRIEVANCE_DATE, -3), 17),
    venues: [tokyoVenue({ date: GRIEVANCE_DATE, from: 15, to: 17, capacity: 40 })],
    lecturers: [CONSULTANT_ISHII],
  };

  const ssw: DemoSession = {
    slug: SLUG_SSW,
    ordinal: monthlyOrdinal(SSW_DATE),
    title: loc(
      '第12回 外国人労働者ラウンドテーブル：特定技能制度の運用と課題（中止）',
      'Foreign Workers Round Table #12: The Specified Skilled Worker system in practice (cancelled)',
    ),
    theme: loc(
      md`
        ## 特定技能制度の運用と課題

        2019年4月に始まった在留資格「特定技能」について、受入れの現状と、技能実習制度との違い、企業が留意すべき点を取り上げる予定でした。

        > **開催中止のお知らせ**
        > 台風の接近に伴い、当日は首都圏の交通機関に大きな乱れが見込まれたため、参加者の皆さまの安全を考慮して本回は中止いたしました。ご登録いただいた皆さまにはメールでご連絡しております。このテーマは改めて取り上げる予定です。
      `,
      md`
        ## The Specified Skilled Worker system in practice

        This session was to look at the Specified Skilled Worker residence status introduced in April 2019: how many workers have arrived so far, how it differs from the Technical Intern Training Program, and what employers should watch out for.

        > **Session cancelled**
        > Because a typhoon was expected to cause major disruption to transport in the Tokyo area on the day, the session was cancelled for the safety of participants. Everyone who had registered was informed by e-mail. We plan to come back to this theme at a later session.
      `,
    ),
    status: 'cancelled',
    registrationOpen: false,
    registrationDeadline: jstIso(addDays(SSW_DATE, -3), 17),
    venues: [
      tokyoVenue({ date: SSW_DATE, from: 14, to: 17, capacity: 40 }),
      osakaVenue({ date: SSW_DATE, from: 14, to: 17, capacity: 30 }),
    ],
    lecturers: [SHAROUSHI_OKAMOTO],
  };

  return [kickOff, second, fees, grievance, ssw];
}

function upcomingSessions(now: Date, lastPastOrdinal: number): DemoSession[] {
  const today = jstDateOf(now);

  // About 30 days ahead, on a weekday; registration open until 17:00 JST three days before.
  const nextDate = onWeekday(addDays(today, 30));
  const nextOrdinal = Math.max(monthlyOrdinal(nextDate), lastPastOrdinal + 1);
  const next: DemoSession = {
    slug: sessionSlug(nextOrdinal),
    ordinal: nextOrdinal,
    title: loc(
      `第${nextOrdinal}回 外国人労働者ラウンドテーブル：採用から帰国までの人権デュー・ディリジェンス`,
      `Foreign Workers Round Table #${nextOrdinal}: Human rights due diligence from recruitment to return`,
    ),
    theme: loc(
      md`
        ## 採用から帰国までの人権デュー・ディリジェンス

        外国人労働者の人権リスクは、送出し国での募集の段階から、日本での就労・生活、そして帰国に至るまでの各段階に存在します。今回は、外国人を雇用する企業の労務管理を支援している社会保険労務士をお招きし、ASSCのこれまでの調査結果とあわせて、企業が実践できる確認の手順を考えます。

        - 募集・採用：手数料の負担や契約内容の確認
        - 就労：労働時間、賃金、母国語での説明
        - 生活：住居、相談窓口へのアクセス
        - 帰国・転職：本人の意思に反する帰国の防止

        開催日：${formatJa(nextDate)} 14:00〜17:00（東京・大阪・オンライン同時開催）

        参加費は無料です。参加登録の締切は開催日の3日前の17:00です。
      `,
      md`
        ## Human rights due diligence from recruitment to return

        Foreign workers face human rights risks at every stage: recruitment in the sending country, work and daily life in Japan, and return home. A labour and social security attorney who advises employers of foreign workers joins us to work out, together with ASSC’s research findings, practical steps companies can take.

        - Recruitment: who pays the fees, and what the contract says
        - Work: working hours, wages, and explanations in the worker’s own language
        - Daily life: housing and access to help
        - Return or job change: preventing repatriation against the worker’s will

        Date: ${formatEn(nextDate)}, 14:00–17:00 JST (Tokyo, Osaka and online at the same time)

        Attendance is free. Registration closes at 17:00 JST three days before the session.
      `,
    ),
    status: 'scheduled',
    registrationOpen: true,
    registrationDeadline: jstIso(addDays(nextDate, -3), 17),
    venues: [
      tokyoVenue({ date: nextDate, from: 14, to: 17, capacity: 40 }),
      osakaVenue({ date: nextDate, from: 14, to: 17, capacity: 30 }),
      onlineVenue({ date: nextDate, from: 14, to: 17, capacity: 100 }),
    ],
    lecturers: [SHAROUSHI_OKAMOTO, RESEARCHER_NAKAGAWA],
  };

  // About 60 days ahead; registration not open yet.
  const laterDate = onWeekday(addDays(today, 60));
  const laterOrdinal = Math.max(monthlyOrdinal(laterDate), nextOrdinal + 1);
  const later: DemoSession = {
    slug: sessionSlug(laterOrdinal),
    ordinal: laterOrdinal,
    title: loc(
      `第${laterOrdinal}回 外国人労働者ラウンドテーブル：住居と生活環境`,
      `Foreign Workers Round Table #${laterOrdinal}: Housing and living conditions`,
    ),
    theme: loc(
      md`
        ## 住居と生活環境：企業と地域にできること

        寮費や光熱費の過大な控除、過密な住環境、地域社会からの孤立は、外国人労働者からの相談で繰り返し挙がる課題です。今回は、住居と生活環境をテーマに、企業と地域がそれぞれ果たせる役割を考えます。

        - 住居に関する費用控除の妥当性をどう確認するか
        - 生活上の困りごとを相談できる場づくり
        - 自治体・地域団体との連携

        講師と参加登録の受付開始日は、決まり次第このページでお知らせします。
      `,
      md`
        ## Housing and living conditions: what companies and communities can do

        Excessive deductions for dormitory rent and utilities, overcrowded housing and isolation from the local community come up again and again when foreign workers ask for help. This session looks at the roles companies and local communities can each play.

        - How to check whether housing deductions are reasonable
        - Creating places where workers can raise everyday problems
        - Working with local governments and community groups

        The lecturer and the date registration opens will be announced on this page.
      `,
    ),
    status: 'scheduled',
    registrationOpen: false,
    registrationDeadline: null,
    venues: [
      tokyoVenue({ date: laterDate, from: 14, to: 17, capacity: 40 }),
      osakaVenue({ date: laterDate, from: 14, to: 17, capacity: 30 }),
      onlineVenue({ date: laterDate, from: 14, to: 17, capacity: 100 }),
    ],
    lecturers: [],
  };

  return [next, later];
}

// ---------------------------------------------------------------------------
// Minutes
// ---------------------------------------------------------------------------

const PARTICIPANT_GROUPS: Localized[] = [
  loc('企業', 'Companies'),
  loc('省庁・政府機関', 'Ministries and government agencies'),
  loc('弁護士', 'Lawyers'),
  loc('NGO・NPO', 'NGOs and non-profit organisations'),
  loc(
    '東京オリンピック・パラリンピック競技大会組織委員会',
    'Tokyo Organising Committee of the Olympic and Paralympic Games',
  ),
];

function minutes(): DemoMinutes[] {
  const kickOff: DemoMinutes = {
    slug: 'minutes-round-table-01',
    session: SLUG_KICK_OFF,
    heldOn: '2018-10-10',
    title: loc(
      '第1回 外国人労働者ラウンドテーブル（キックオフ）議事録',
      'Minutes of the Foreign Workers Round Table #1: Kick-off',
    ),
    participantGroups: PARTICIPANT_GROUPS,
    body: loc(
      md`
        ## 開催概要

        - 日時：2018年10月10日（水）14:00〜17:00
        - 会場：東京会場・大阪会場（同時開催）
        - 運営：ASSC 事務局

        ## 参加者

        | 区分                                               | 東京会場 | 大阪会場 |
        | -------------------------------------------------- | -------: | -------: |
        | 企業                                               |       24 |       11 |
        | 省庁・政府機関                                     |        5 |        2 |
        | 弁護士                                             |        3 |        1 |
        | NGO・NPO                                           |        5 |        3 |
        | 東京オリンピック・パラリンピック競技大会組織委員会 |        2 |        0 |
        | 合計                                               |       39 |       17 |

        ※表の人数はデモ用の架空の数値です。

        ## 趣旨説明

        ASSC事務局より、本ラウンドテーブルの目的について説明しました。日本企業のサプライチェーンでは、技能実習生を含む多くの外国人労働者が働いており、その労働・人権課題は、送出し国と受入れ国である日本の双方で生じています。立場の異なる関係者が知見を持ち寄り、課題への理解を深め、解決に向けたアプローチを提案することを目指します。

        ## 意見交換

        ### 外国人労働者をめぐる課題

        - 送出し国で多額の手数料を支払い、借金を抱えて来日するケースがある。
        - 長時間労働や賃金の未払い、パスポートの取り上げなどの事例が報告されている。
        - 言葉の壁があり、困ったときに相談先にたどり着けない。
        - 一次取引先より先のサプライヤーで外国人労働者がどのように働いているか、企業が把握しきれていない。

        ### ラウンドテーブルへの期待

        - 立場の異なる参加者が、率直に話し合える場であってほしい。
        - 一社だけでは解決が難しい課題について、業界を越えた協働のきっかけにしたい。
        - 東京2020大会の調達コードの運用にも役立つ知見を得たい。
        - 送出し国の実態について、信頼できる情報が欲しい。

        ### 今後取り上げたいテーマ

        参加者からは、技能実習制度の仕組み、送出し手数料と借金、苦情処理の仕組み、住居や生活環境などのテーマが挙がりました。
      `,
      md`
        ## Overview

        - Date and time: Wednesday, 10 October 2018, 14:00–17:00 JST
        - Venues: Tokyo and Osaka (connected, at the same time)
        - Organised by: ASSC Secretariat

        ## Participants

        | Group                                                          | Tokyo | Osaka |
        | -------------------------------------------------------------- | ----: | ----: |
        | Companies                                                      |    24 |    11 |
        | Ministries and government agencies                             |     5 |     2 |
        | Lawyers                                                        |     3 |     1 |
        | NGOs and non-profit organisations                              |     5 |     3 |
        | Tokyo Organising Committee of the Olympic and Paralympic Games |     2 |     0 |
        | Total                                                          |    39 |    17 |

        Note: the numbers in this table are illustrative figures for the demo.

        ## Purpose of the Round Table

        The ASSC Secretariat explained the purpose of the Round Table. Many foreign workers, including technical intern trainees, work in the supply chains of Japanese companies, and their labour and human rights problems arise both in the sending countries and in Japan as the receiving country. By bringing together people from different sectors, the Round Table aims to deepen understanding of these problems and to propose ways of addressing them.

        ## Discussion

        ### Issues facing foreign workers

        - Some workers pay large fees in their home country and arrive in Japan in debt.
        - Excessive working hours, unpaid wages and confiscated passports have been reported.
        - Language barriers keep workers from finding help when they need it.
        - Companies often do not know how foreign workers are employed by suppliers beyond their direct business partners.

        ### What participants expect from the Round Table

        - A place where people from different sectors can speak frankly.
        - A starting point for cross-industry cooperation on problems no single company can solve.
        - Insights that help apply the Tokyo 2020 sustainable sourcing code.
        - Reliable information on conditions in the sending countries.

        ### Themes to take up next

        Participants suggested the Technical Intern Training Program, recruitment fees and debt, grievance mechanisms, and housing and living conditions.
      `,
    ),
    decisions: loc(
      md`
        ## 決定事項と今後の予定

        - ラウンドテーブルは原則として毎月開催します。参加費は無料です。
        - 第2回は2018年11月6日に開催します。会場と詳細はASSCウェブサイトでお知らせします。
        - 第2回以降の参加を希望される方は、お名前、ご所属、電話番号、参加会場（東京・大阪）を事務局までメールでお知らせください。
        - ASSCは、送出し国と日本国内の実態について調査を進め、その結果をレポートとして公表します。
      `,
      md`
        ## Decisions and next steps

        - The Round Table will meet every month. Attendance is free.
        - The second session will be held on 6 November 2018. The venues and details will be announced on the ASSC website.
        - Anyone wishing to join from the second session should e-mail the secretariat with their name, organisation, phone number and preferred venue (Tokyo or Osaka).
        - ASSC will investigate conditions in the sending countries and in Japan and publish its findings as reports.
      `,
    ),
  };

  const second: DemoMinutes = {
    slug: 'minutes-round-table-02',
    session: SLUG_SECOND,
    heldOn: '2018-11-06',
    title: loc(
      '第2回 外国人労働者ラウンドテーブル 議事録：技能実習制度の仕組みと現場の課題',
      'Minutes of the Foreign Workers Round Table #2: How the Technical Intern Training Program works',
    ),
    participantGroups: PARTICIPANT_GROUPS.slice(0, 4),
    body: loc(
      md`
        ## 開催概要

        - 日時：2018年11月6日（火）14:00〜17:00
        - 会場：東京会場・大阪会場（同時開催）
        - 講師：森田 彩 氏（弁護士）

        ## 参加者

        | 区分           | 東京会場 | 大阪会場 |
        | -------------- | -------: | -------: |
        | 企業           |       21 |       12 |
        | 省庁・政府機関 |        3 |        1 |
        | 弁護士         |        2 |        2 |
        | NGO・NPO       |        6 |        2 |
        | 合計           |       32 |       17 |

        ※表の人数はデモ用の架空の数値です。

        ## 講演：技能実習制度の仕組みと相談事例

        森田氏から、技能実習法のもとでの実習生、監理団体、実習実施者、送出し機関の関係について説明がありました。続いて、相談事例をもとに、次のような典型的な問題が紹介されました。

        - 最低賃金を下回る残業代の支払い（いわゆる「時給300円」の残業）
        - 寮費・光熱費などの過大な控除
        - 実習先の変更が難しく、問題があっても声を上げにくい構造
        - 妊娠や病気を理由とした、本人の意思に反する帰国の強要

        ## 質疑応答と意見交換

        ### 企業からの質問

        - 取引先の実習実施者を訪問する際、何を確認すればよいか。
        - 監理団体による監査の結果を、発注企業としてどこまで信頼できるか。

        ### 講師からの助言

        - 賃金台帳とタイムカードの突き合わせ、実習生本人への母国語での聞き取りが有効です。
        - 監理団体の監査に頼るだけでなく、実習生が外部に相談できる経路があるかを確認してください。
      `,
      md`
        ## Overview

        - Date and time: Tuesday, 6 November 2018, 14:00–17:00 JST
        - Venues: Tokyo and Osaka (connected, at the same time)
        - Lecturer: Aya Morita, attorney at law

        ## Participants

        | Group                              | Tokyo | Osaka |
        | ---------------------------------- | ----: | ----: |
        | Companies                          |    21 |    12 |
        | Ministries and government agencies |     3 |     1 |
        | Lawyers                            |     2 |     2 |
        | NGOs and non-profit organisations  |     6 |     2 |
        | Total                              |    32 |    17 |

        Note: the numbers in this table are illustrative figures for the demo.

        ## Talk: how the program works, seen through real cases

        Ms Morita explained the relationships between trainees, supervising organisations, implementing employers and sending agencies under the Technical Intern Training Act. Drawing on cases brought to lawyers, she described typical problems:

        - overtime paid far below the minimum wage;
        - excessive deductions for dormitory rent and utilities;
        - a structure in which changing employer is difficult, so trainees hesitate to speak up;
        - trainees pressured to return home against their will because of pregnancy or illness.

        ## Questions and discussion

        ### Questions from companies

        - What should we check when we visit a supplier that employs trainees?
        - How far can a buyer rely on audits carried out by supervising organisations?

        ### Advice from the lecturer

        - Compare payroll records with time cards, and interview trainees in their own language.
        - Do not rely on supervising organisations’ audits alone: check that trainees have a way to seek help outside the workplace.
      `,
    ),
    decisions: loc(
      md`
        ## 決定事項と今後の予定

        - 次回以降、送出し国の手数料と借金、苦情処理の仕組みを順に取り上げます。
        - ASSCはベトナムでの現地調査に着手し、出国前の費用負担について中間報告を行います。
        - 企業の参加者から寄せられた「取引先訪問時の確認項目」の案を、事務局が取りまとめて次回までに共有します。
      `,
      md`
        ## Decisions and next steps

        - Coming sessions will take up recruitment fees and debt in sending countries, then grievance mechanisms.
        - ASSC will begin field research in Viet Nam and present an interim report on the costs paid before departure.
        - The secretariat will compile the companies’ suggestions for a checklist for supplier visits and share it before the next session.
      `,
    ),
  };

  return [kickOff, second];
}

// ---------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------

const DEMO_NOTE = loc(
  '*本レポートはウェブサイトのデモ用に作成したサンプルです。調査の内容と数値は架空のものです。*',
  '*This report is a sample written for the website demo. The research and the figures are fictional.*',
);

function reports(): DemoReport[] {
  const vietnamCosts: DemoReport = {
    slug: 'vietnam-pre-departure-costs',
    title: loc(
      'ベトナム人技能実習生が出国前に負担する費用：送出しの現場から',
      'What Vietnamese technical intern trainees pay before leaving for Japan',
    ),
    summary: loc(
      'ベトナムから来日する技能実習生が、送出し機関への手数料や日本語研修費などとして出国前に負担している費用と、その資金の調達方法について、聞き取り調査の結果をまとめました。多くの実習生が借入れによって費用を賄っており、来日後に声を上げにくくなる要因となっています。',
      'Based on interviews, this report sets out what technical intern trainees from Viet Nam pay before departure — sending-agency fees, Japanese-language training and more — and how they raise the money. Most borrow to cover the costs, which makes it harder for them to speak up once they are in Japan.',
    ),
    body: loc(
      md`
        ## 調査の背景

        技能実習制度では、送出し国の送出し機関が実習生の募集、選抜、出国前の研修を担っています。2017年に施行された技能実習法や、日本と送出し国の間で結ばれた二国間の協力覚書（MOC）により、保証金の徴収や違約金の定めは禁じられました。それでも、実習生が出国前に多額の費用を負担し、その多くを借入れで賄っているという指摘は続いています。

        本調査は、ベトナム北部・中部の出身で、実習候補者として研修中の方と、帰国した元実習生への聞き取りを通じて、出国前の費用負担の実態を明らかにすることを目的としました。

        ## 調査の方法

        - 期間：2018年11月〜2019年1月
        - 対象：実習候補者と帰国した元実習生
        - 方法：ベトナム語による半構造化インタビュー
        - 配慮：回答者が特定されないよう、地名や送出し機関名は記載していません

        ## 主な結果

        ### 費用の内訳

        | 費目 | 平均額（万円） | 負担した回答者の割合 |
        |---|---:|---:|
        | 送出し機関への手数料 | 60 | 100% |
        | 日本語研修費・寮費 | 15 | 92% |
        | 仲介者への謝礼 | 20 | 48% |
        | 健康診断・書類手続き | 3 | 100% |
        | 合計（平均） | 98 | — |

        ※表の数値はデモ用の架空の数値であり、実際の調査結果ではありません。

        ### 資金の調達方法

        多くの回答者が、親族からの借入れ、銀行や個人の貸し手からの借入れ、土地や家屋を担保とした借入れを組み合わせて費用を賄っていました。来日後の最初の1〜2年の収入の大半を返済に充てる計画の方も少なくありませんでした。

        ### 借金が労働条件に与える影響

        借金を抱えた状態では、違法な長時間労働や不当な扱いがあっても、解雇や帰国を恐れて声を上げにくくなります。国際労働機関（ILO）は、債務による拘束を強制労働の指標の一つとしています。

        ## 企業への提言

        1. 自社のサプライチェーンで働く技能実習生が、出国前にどのような費用を負担しているかを把握してください。
        2. 「雇用主負担の原則（Employer Pays Principle）」に沿って、労働者が採用に関わる手数料を負担しない仕組みを、監理団体や送出し機関と協議してください。
        3. 過大な手数料の負担が判明した場合に、返金などの是正をどう行うか、方針を定めておいてください。

        ## 参考

        公正な採用の考え方については、[国際労働機関（ILO）のウェブサイト](https://www.ilo.org/)で「公正な採用のための一般原則と運用ガイドライン」などが公開されています。

        ---

        ${DEMO_NOTE.ja}
      `,
      md`
        ## Background

        Under the Technical Intern Training Program, sending agencies in the trainees’ home countries recruit and select candidates and train them before departure. The Technical Intern Training Act of 2017 and the bilateral Memoranda of Cooperation between Japan and the sending countries prohibit deposits and penalty clauses. Even so, there are persistent reports that trainees pay large sums before departure, mostly with borrowed money.

        This study set out to document those costs through interviews with candidates in pre-departure training and with former trainees who had returned to northern and central Viet Nam.

        ## Method

        - Period: November 2018 to January 2019
        - Interviewees: trainee candidates and returned former trainees
        - Method: semi-structured interviews in Vietnamese
        - Safeguards: place names and agency names are omitted so that no interviewee can be identified

        ## Findings

        ### What trainees pay

        | Item | Average amount (10,000 yen) | Share of interviewees who paid |
        |---|---:|---:|
        | Sending-agency fee | 60 | 100% |
        | Language training and dormitory | 15 | 92% |
        | Payment to a broker | 20 | 48% |
        | Medical check and paperwork | 3 | 100% |
        | Total (average) | 98 | — |

        Note: illustrative figures for the demo; these are not real survey results.

        ### How they raise the money

        Most interviewees combined loans from relatives, from banks or private lenders, and loans secured on family land or houses. Many planned to spend most of their income from their first one or two years in Japan on repayments.

        ### How debt affects working conditions

        Workers in debt find it hard to complain about illegal overtime or unfair treatment, for fear of dismissal and being sent home. The International Labour Organization lists debt bondage among the indicators of forced labour.

        ## Recommendations for companies

        1. Find out what the trainees working in your supply chain paid before they left home.
        2. Following the Employer Pays Principle, agree with supervising organisations and sending agencies on arrangements under which workers pay no recruitment fees.
        3. Decide in advance how you will remediate, for example through reimbursement, if excessive fees come to light.

        ## Further reading

        The [International Labour Organization](https://www.ilo.org/) publishes its General Principles and Operational Guidelines for Fair Recruitment and related guidance.

        ---

        ${DEMO_NOTE.en}
      `,
    ),
    kind: 'overseas',
    countries: ['vietnam'],
    topics: ['recruitment-fees', 'technical-intern-training'],
    publishedOn: '2019-03-20',
    authors: [SECRETARIAT, RESEARCHER_NAKAGAWA, RESEARCHER_NGUYEN],
    sessions: [SLUG_FEES],
  };

  const sendingAgencies: DemoReport = {
    slug: 'myanmar-cambodia-sending-agencies',
    title: loc(
      'ミャンマー・カンボジアの送出し機関：募集から出国までのプロセス',
      'Sending agencies in Myanmar and Cambodia: from recruitment to departure',
    ),
    summary: loc(
      'ミャンマーとカンボジアで技能実習生を送り出している機関への聞き取りをもとに、募集から出国までの流れと、村レベルの仲介者の関与、費用や契約内容の説明の実態を整理しました。',
      'Drawing on interviews with agencies that send technical intern trainees from Myanmar and Cambodia, this report maps the process from recruitment to departure, the role of village-level brokers, and how costs and contract terms are explained to workers.',
    ),
    body: loc(
      md`
        ## 調査の背景

        ミャンマーとカンボジアは、日本との間で技能実習に関する協力覚書（MOC）を結んでおり、技能実習生の数は近年増加しています。両国とも、政府の認定を受けた送出し機関が実習生を送り出していますが、農村部では、認定を受けていない仲介者が募集に関わっていることが指摘されています。

        ## 調査の方法

        - 期間：2019年4月〜6月
        - 対象：両国の送出し機関の担当者、実習候補者とその家族
        - 方法：現地調査協力者による聞き取り（ミャンマー語・クメール語）

        ## 募集から出国までの流れ

        1. 村の仲介者や知人を通じた募集
        2. 送出し機関での登録と選抜
        3. 日本側の監理団体・実習実施者による面接
        4. 数か月間の日本語・生活研修
        5. 在留資格の手続きと出国

        ## 主な結果

        ### 両国の比較

        | 項目 | ミャンマー | カンボジア |
        |---|---:|---:|
        | 聞き取りを行った送出し機関 | 8 | 6 |
        | 仲介者を経由した候補者の割合 | 55% | 70% |
        | 出国前の費用の平均（万円） | 45 | 40 |
        | 出国前研修の平均期間（月） | 5 | 4 |

        ※表の数値はデモ用の架空の数値です。

        ### 仲介者の関与

        候補者の多くは、村の仲介者を通じて送出し機関を紹介されていました。仲介者への謝礼は送出し機関の領収書に記載されないことが多く、実際の負担額が把握しにくくなっています。

        ### 契約内容の説明

        雇用契約書の母国語訳を受け取ったと答えた候補者は一部にとどまりました。賃金から差し引かれる寮費や光熱費について、出国前に説明を受けていない例も見られました。

        ## 企業への提言

        - 取引先が受け入れる実習生の送出し機関を把握し、手数料の内訳の開示を求めてください。
        - 母国語での契約内容の説明が、出国前に行われているか確認してください。
        - 送出し国の市民社会団体と連携し、候補者が独立した相談先を持てるよう支援してください。

        ## 参考

        責任ある募集・採用に関する国際的な指針は、[国際労働機関（ILO）](https://www.ilo.org/)のウェブサイトで確認できます。

        ---

        ${DEMO_NOTE.ja}
      `,
      md`
        ## Background

        Myanmar and Cambodia have both signed Memoranda of Cooperation with Japan on technical intern training, and the number of trainees from both countries has grown in recent years. In both, trainees are sent by government-licensed agencies, but unlicensed brokers are reported to be involved in recruitment in rural areas.

        ## Method

        - Period: April to June 2019
        - Interviewees: staff of sending agencies in both countries, trainee candidates and their families
        - Method: interviews in Burmese and Khmer by local research partners

        ## From recruitment to departure

        1. Recruitment through village brokers or acquaintances
        2. Registration and selection at a sending agency
        3. Interviews by the Japanese supervising organisation and employer
        4. Several months of language and orientation training
        5. Residence-status procedures and departure

        ## Findings

        ### The two countries compared

        | Item | Myanmar | Cambodia |
        |---|---:|---:|
        | Sending agencies interviewed | 8 | 6 |
        | Candidates recruited through a broker | 55% | 70% |
        | Average pre-departure costs (10,000 yen) | 45 | 40 |
        | Average length of pre-departure training (months) | 5 | 4 |

        Note: illustrative figures for the demo.

        ### The role of brokers

        Most candidates were introduced to a sending agency by a village broker. Payments to brokers rarely appear on the agency’s receipts, which makes the real cost to workers hard to see.

        ### How contracts are explained

        Only some candidates said they had received a translation of their employment contract in their own language. Some had not been told before departure that rent and utilities would be deducted from their wages.

        ## Recommendations for companies

        - Identify the sending agencies that supply trainees to your business partners, and ask for a breakdown of the fees they charge.
        - Check that contract terms are explained in the worker’s own language before departure.
        - Work with civil society in the sending countries so that candidates have somewhere independent to turn for advice.

        ## Further reading

        International guidance on responsible recruitment is available from the [International Labour Organization](https://www.ilo.org/).

        ---

        ${DEMO_NOTE.en}
      `,
    ),
    kind: 'overseas',
    countries: ['myanmar', 'cambodia'],
    topics: ['recruitment-fees', 'technical-intern-training', 'human-rights-due-diligence'],
    publishedOn: '2019-08-30',
    authors: [SECRETARIAT, FIELD_CHAN],
    sessions: [SLUG_FEES],
  };

  const agriFood: DemoReport = {
    slug: 'agriculture-food-processing-hours-wages',
    title: loc(
      '農業・食品製造業で働く技能実習生の労働時間と賃金',
      'Working hours and wages of technical intern trainees in agriculture and food processing',
    ),
    summary: loc(
      '国内の農業と食品製造業で働く技能実習生への聞き取りから、繁忙期の長時間労働、割増賃金の不払い、寮費などの控除による手取り額の目減りといった課題を整理し、発注企業が確認すべき点を提案します。',
      'Interviews with technical intern trainees in agriculture and food processing in Japan point to long hours in peak seasons, unpaid overtime premiums and deductions that shrink take-home pay. The report suggests what buyers should check.',
    ),
    body: loc(
      md`
        ## 調査の背景

        農業と食品製造業は、技能実習生が多く働く分野です。農業には、労働基準法の労働時間・休日に関する規定が適用されない例外がありますが、技能実習においては、労働基準法に準じた労働時間の管理と割増賃金の支払いが求められています。食品製造業では、小売・外食企業の発注量の変動が、現場の残業時間に直接影響します。

        ## 調査の方法

        - 期間：2019年7月〜9月
        - 対象：農業（野菜・果樹）と食品製造業（総菜・水産加工）の技能実習生
        - 方法：支援団体の協力による、母国語での聞き取りと給与明細の確認

        ## 主な結果

        ### 労働時間と賃金の状況

        | 分野 | 月の平均労働時間 | うち時間外労働 | 基本給（万円） | 住居費などの控除（万円） | 手取り額（万円） |
        |---|---:|---:|---:|---:|---:|
        | 農業（繁忙期） | 240 | 70 | 14.5 | 4.0 | 12.0 |
        | 農業（閑散期） | 160 | 5 | 14.5 | 4.0 | 9.5 |
        | 食品製造業 | 200 | 35 | 15.5 | 3.5 | 13.0 |

        ※表の数値はデモ用の架空の数値です。

        ### 時間外労働と割増賃金

        繁忙期には月70時間を超える時間外労働が見られました。時間外労働の一部が割増なしで支払われている例や、作業量に応じた出来高払いで実質的に最低賃金を下回っている例もありました。

        ### 控除と手取り額

        寮費や光熱費、備品代などの控除が大きく、閑散期には手取り額が大きく減ります。控除額の根拠が本人に説明されていない例も少なくありませんでした。

        ### 発注の仕方が与える影響

        食品製造業では、短い納期や直前の発注変更が残業の主な原因として挙がりました。労働条件の問題は、個々の雇用主だけでなく、発注企業の購買慣行とも関係しています。

        ## 企業への提言

        - サプライヤーの労働時間と賃金を、タイムカードと給与明細の両方で確認してください。
        - 寮費などの控除が実費に見合っているか、本人に母国語で説明されているかを確認してください。
        - 急な発注変更が現場の長時間労働につながっていないか、自社の購買慣行を見直してください。

        ## 参考

        労働時間と賃金に関する国際基準は、[国際労働機関（ILO）](https://www.ilo.org/)のウェブサイトで確認できます。

        ---

        ${DEMO_NOTE.ja}
      `,
      md`
        ## Background

        Agriculture and food processing employ many technical intern trainees. Agriculture is exempt from the working-hours and rest-day provisions of the Labour Standards Act, but under the Technical Intern Training Program employers are expected to manage trainees’ hours and pay overtime premiums in line with that Act. In food processing, swings in orders from retailers and restaurant chains feed straight into overtime on the factory floor.

        ## Method

        - Period: July to September 2019
        - Interviewees: trainees in agriculture (vegetables and fruit) and food processing (prepared meals and seafood)
        - Method: interviews in the trainees’ own languages and review of pay slips, with the help of support organisations

        ## Findings

        ### Hours and pay

        | Sector | Average monthly hours | of which overtime | Base pay (10,000 yen) | Deductions incl. housing (10,000 yen) | Take-home pay (10,000 yen) |
        |---|---:|---:|---:|---:|---:|
        | Agriculture, peak season | 240 | 70 | 14.5 | 4.0 | 12.0 |
        | Agriculture, off season | 160 | 5 | 14.5 | 4.0 | 9.5 |
        | Food processing | 200 | 35 | 15.5 | 3.5 | 13.0 |

        Note: illustrative figures for the demo.

        ### Overtime and premiums

        In peak season some trainees worked more than 70 hours of overtime a month. Some overtime was paid without the legal premium, and in some cases piece rates brought effective pay below the minimum wage.

        ### Deductions and take-home pay

        Deductions for dormitory rent, utilities and equipment were large, and take-home pay fell sharply in the off season. Many trainees had never been told how the deductions were calculated.

        ### The effect of purchasing practices

        In food processing, short lead times and last-minute changes to orders were the main reasons given for overtime. Working conditions depend not only on individual employers but also on the purchasing practices of their customers.

        ## Recommendations for companies

        - Check suppliers’ working hours and wages against both time records and pay slips.
        - Check that housing and other deductions reflect actual costs and are explained to workers in their own language.
        - Review your own purchasing practices to make sure sudden order changes do not push suppliers into long hours.

        ## Further reading

        International standards on working time and wages are available from the [International Labour Organization](https://www.ilo.org/).

        ---

        ${DEMO_NOTE.en}
      `,
    ),
    kind: 'domestic',
    countries: ['japan', 'vietnam', 'indonesia', 'philippines'],
    topics: ['working-hours-wages', 'technical-intern-training', 'housing-living-conditions'],
    publishedOn: '2019-11-15',
    authors: [SECRETARIAT, RESEARCHER_NAKAGAWA],
    sessions: [SLUG_SECOND],
  };

  const grievance: DemoReport = {
    slug: 'grievance-mechanisms-in-japan',
    title: loc(
      '日本のサプライチェーンで外国人労働者が利用できる苦情処理メカニズム',
      'Grievance mechanisms available to foreign workers in Japanese supply chains',
    ),
    summary: loc(
      '外国人労働者が利用できる公的・民間の相談窓口と企業の苦情処理窓口を整理し、国連「ビジネスと人権に関する指導原則」の実効性の要件に照らして、言語、匿名性、報復への不安などの課題を検討しました。',
      'This report reviews the public, private and company grievance channels open to foreign workers in Japan and assesses them against the effectiveness criteria of the UN Guiding Principles on Business and Human Rights, looking at language, anonymity and fear of retaliation.',
    ),
    body: loc(
      md`
        ## 調査の背景

        国連「ビジネスと人権に関する指導原則」は、企業に対し、人権への負の影響を受けた人々が救済を求められる実効的な苦情処理メカニズムを設けることを求めています。日本でも、政府が「ビジネスと人権」に関する行動計画の策定を進めており、企業の取り組みへの関心が高まっています。

        ## 調査の方法

        - 期間：2019年9月〜12月
        - 対象：公的機関の相談窓口、支援団体、企業の通報窓口の担当者、外国人労働者
        - 方法：聞き取りと、窓口の案内資料の確認

        ## 外国人労働者が利用できる主な窓口

        - 外国人技能実習機構の母国語相談
        - 労働基準監督署などの行政の相談窓口
        - 支援団体・労働組合による相談
        - 企業や業界団体が設ける通報・相談窓口

        ## 主な結果

        ### 窓口の認知と利用

        | 窓口の種類 | 知っていると答えた割合 | 利用したことがあると答えた割合 | 対応言語の数 |
        |---|---:|---:|---:|
        | 公的機関の母国語相談 | 45% | 8% | 8 |
        | 行政の労働相談 | 30% | 5% | 2 |
        | 支援団体・労働組合 | 35% | 12% | 5 |
        | 企業の通報窓口 | 15% | 2% | 1 |

        ※表の数値はデモ用の架空の数値です。

        ### 指導原則の要件に照らした課題

        指導原則が示す要件（正当性、利用可能性、予測可能性、公平性、透明性、権利との適合性、継続的な学習、対話に基づくこと）に照らすと、次の課題が見えてきました。

        - **利用可能性**：企業の窓口の多くは日本語のみで、就業時間外に利用できない。
        - **予測可能性**：相談した後に何が起こるのか、手続きと期間が示されていない。
        - **公平性**：相談したことが雇用主や監理団体に知られ、不利益を受けることへの不安が強い。

        ## 企業への提言

        1. 自社の窓口を、サプライヤーで働く外国人労働者も母国語で利用できるようにしてください。
        2. 匿名での相談を受け付け、報復を禁止する方針を明示してください。
        3. 業界団体や支援団体と協力し、一社では対応しきれない相談を受け止める共同の仕組みを検討してください。

        ## 参考

        - [外務省「ビジネスと人権」](https://www.mofa.go.jp/mofaj/gaiko/bhr/index.html)
        - [国際労働機関（ILO）](https://www.ilo.org/)

        ---

        ${DEMO_NOTE.ja}
      `,
      md`
        ## Background

        The UN Guiding Principles on Business and Human Rights expect companies to establish effective grievance mechanisms through which people adversely affected by business activities can seek remedy. In Japan, the government is preparing a National Action Plan on Business and Human Rights, and interest in what companies are doing is growing.

        ## Method

        - Period: September to December 2019
        - Interviewees: staff of public advice services, support organisations and company whistle-blowing desks, and foreign workers
        - Method: interviews and review of the information each channel provides

        ## Main channels open to foreign workers

        - The native-language advice service of the Organization for Technical Intern Training
        - Labour Standards Inspection Offices and other public advice services
        - Advice from support organisations and trade unions
        - Whistle-blowing and advice desks run by companies and industry associations

        ## Findings

        ### Awareness and use

        | Channel | Aware of it | Have used it | Languages offered |
        |---|---:|---:|---:|
        | Public native-language advice service | 45% | 8% | 8 |
        | Public labour advice | 30% | 5% | 2 |
        | Support organisations and unions | 35% | 12% | 5 |
        | Company whistle-blowing desks | 15% | 2% | 1 |

        Note: illustrative figures for the demo.

        ### Gaps against the Guiding Principles

        Measured against the effectiveness criteria of the Guiding Principles (legitimate, accessible, predictable, equitable, transparent, rights-compatible, a source of continuous learning, and based on engagement and dialogue), several gaps stand out:

        - **Accessible**: most company desks work in Japanese only and are closed outside working hours.
        - **Predictable**: workers are not told what happens after they raise a concern, or how long it takes.
        - **Equitable**: workers fear that their employer or supervising organisation will find out and that they will suffer for it.

        ## Recommendations for companies

        1. Open your grievance channel to foreign workers employed by suppliers, in their own languages.
        2. Accept anonymous complaints and state clearly that retaliation is prohibited.
        3. Work with industry associations and support organisations on shared mechanisms for cases no single company can handle.

        ## Further reading

        - [Ministry of Foreign Affairs of Japan](https://www.mofa.go.jp/)
        - [International Labour Organization](https://www.ilo.org/)

        ---

        ${DEMO_NOTE.en}
      `,
    ),
    kind: 'domestic',
    countries: ['japan'],
    topics: [
      'grievance-mechanisms',
      'human-rights-due-diligence',
      'technical-intern-training',
      'specified-skilled-worker',
    ],
    publishedOn: '2020-02-20',
    authors: [SECRETARIAT, CONSULTANT_ISHII],
    sessions: [SLUG_GRIEVANCE],
  };

  const ssw: DemoReport = {
    slug: 'specified-skilled-worker-sending-procedures',
    title: loc(
      '特定技能の送出し手続き：インドネシア・ネパール・フィリピンの比較',
      'Sending procedures for Specified Skilled Workers: Indonesia, Nepal and the Philippines compared',
    ),
    summary: loc(
      '2019年4月に始まった在留資格「特定技能」について、インドネシア、ネパール、フィリピンの送出し手続きと、労働者が負担する費用を比較しました。新型コロナウイルス感染症の影響により、聞き取りはオンラインで行いました。',
      'This report compares how Indonesia, Nepal and the Philippines handle departures under the Specified Skilled Worker status introduced in April 2019, and what workers pay. Because of COVID-19, the interviews were held online.',
    ),
    body: loc(
      md`
        ## 調査の背景

        在留資格「特定技能」は、人手不足が深刻な分野で一定の技能と日本語能力を持つ外国人を受け入れる制度として、2019年4月に始まりました。日本は主な送出し国と協力覚書を結んでいますが、送出しの手続きは国ごとに異なり、労働者の費用負担にも差があります。

        ## 調査の方法

        - 期間：2020年5月〜7月
        - 対象：3か国の人材紹介事業者、特定技能の試験に合格した方、支援団体
        - 方法：オンラインでの聞き取り（感染症の影響により現地調査に代えて実施）

        ## 主な結果

        ### 3か国の比較

        | 項目 | インドネシア | ネパール | フィリピン |
        |---|---:|---:|---:|
        | 聞き取りを行った事業者 | 5 | 4 | 6 |
        | 労働者が負担した費用の平均（万円） | 25 | 35 | 10 |
        | 出国までの平均期間（月） | 6 | 8 | 7 |

        ※表の数値はデモ用の架空の数値です。

        ### 手続きの違い

        - 送出し国の行政機関への登録や、雇用契約の確認の手続きが国ごとに異なります。
        - 手続きが複雑な国では、非公式の仲介者に頼る労働者が多く、費用が高くなる傾向が見られました。

        ### 技能実習からの移行

        技能実習を修了して特定技能に移行する方も多く、その場合、新たな手数料を求められる例がありました。

        ## 企業への提言

        - 特定技能外国人を受け入れる際も、採用に関わる費用を労働者に負担させない方針を徹底してください。
        - 登録支援機関や人材紹介事業者に、費用の内訳と送出し国での手続きの状況の開示を求めてください。

        ## 参考

        労働移住に関する国際的な情報は、[国際労働機関（ILO）](https://www.ilo.org/)のウェブサイトで確認できます。

        ---

        ${DEMO_NOTE.ja}
      `,
      md`
        ## Background

        The Specified Skilled Worker residence status was introduced in April 2019 to admit foreign workers with set levels of skill and Japanese in sectors facing serious labour shortages. Japan has signed Memoranda of Cooperation with the main sending countries, but procedures differ from one country to another, and so do the costs workers bear.

        ## Method

        - Period: May to July 2020
        - Interviewees: recruitment businesses in the three countries, workers who had passed the skills tests, and support organisations
        - Method: online interviews, held instead of field visits because of COVID-19

        ## Findings

        ### The three countries compared

        | Item | Indonesia | Nepal | Philippines |
        |---|---:|---:|---:|
        | Recruitment businesses interviewed | 5 | 4 | 6 |
        | Average cost paid by workers (10,000 yen) | 25 | 35 | 10 |
        | Average time to departure (months) | 6 | 8 | 7 |

        Note: illustrative figures for the demo.

        ### Differences in procedure

        - Registration with the sending country’s authorities and the checks on employment contracts differ between the three countries.
        - Where procedures are complicated, more workers rely on informal brokers, and costs tend to be higher.

        ### Moving on from technical intern training

        Many workers move to Specified Skilled Worker status after completing technical intern training; some of them were asked to pay new fees when they did so.

        ## Recommendations for companies

        - Apply a firm policy that workers pay no recruitment costs when hiring Specified Skilled Workers, too.
        - Ask registered support organisations and recruitment businesses to disclose their fees and the status of procedures in the sending country.

        ## Further reading

        International information on labour migration is available from the [International Labour Organization](https://www.ilo.org/).

        ---

        ${DEMO_NOTE.en}
      `,
    ),
    kind: 'overseas',
    countries: ['indonesia', 'nepal', 'philippines'],
    topics: ['specified-skilled-worker', 'recruitment-fees'],
    publishedOn: '2020-09-30',
    authors: [SECRETARIAT],
    sessions: [],
  };

  return [vietnamCosts, sendingAgencies, agriFood, grievance, ssw];
}

// ---------------------------------------------------------------------------
// Site settings
// ---------------------------------------------------------------------------

const CONTACT_EMAIL = 'info@example.org';

function siteSettings(): DemoSiteSettings {
  return {
    organizationName: ORGANIZATION_NAME,
    about: loc(
      md`
        ## 外国人労働者ラウンドテーブルについて

        一般社団法人ザ・グローバル・アライアンス・フォー・サステイナブル・サプライチェーン（ASSC）は、日本国内で働く外国人労働者（技能実習生を含みます）の労働・人権課題について、さまざまな立場の関係者が話し合う「外国人労働者ラウンドテーブル」を運営しています。日本企業のサプライチェーンにおける外国人労働者の課題への理解を深め、その解決に向けたアプローチを提案することを目的としています。

        2018年10月10日に東京と大阪でキックオフを開催し、以降、毎月開催しています。

        ### 参加者

        - 企業
        - 省庁・政府機関
        - 弁護士
        - NGO・NPO
        - 東京オリンピック・パラリンピック競技大会組織委員会

        ### 進め方

        毎回、外国人労働者に関するテーマを設定し、外部講師をお招きして、参加者同士で学び合い、知見を共有します。ここでの学びが、社会に向けた企業の具体的な行動につながることを目指しています。

        ### 調査レポート

        外国人労働者をめぐる課題の一部は送出し国で、一部は受入れ国である日本で生じています。ASSCは海外と国内の実態を調査し、その結果をレポートとして公開しています。

        ### 参加について

        ステークホルダーの皆さまに気軽にご参加いただき、議論していただけるよう、参加費は無料としています。東京・大阪の会場（回によってはオンライン）から選んで、各回のページからお申し込みください。建設的なご意見の共有と、継続的なご参加をお願いいたします。

        ---

        - 運営・事務局：一般社団法人ザ・グローバル・アライアンス・フォー・サステイナブル・サプライチェーン（ASSC）
        - 協力：一般財団法人企業経営政策フォーラム
      `,
      md`
        ## About the Foreign Workers Round Table

        The Global Alliance for Sustainable Supply Chain (ASSC) runs the Foreign Workers Round Table, where people from different sectors discuss the labour and human rights issues faced by foreign workers in Japan, including technical intern trainees. Its aim is to deepen understanding of these issues in the supply chains of Japanese companies and to propose ways of addressing them.

        The kick-off was held in Tokyo and Osaka on 10 October 2018, and the Round Table has met every month since.

        ### Who takes part

        - Companies
        - Ministries and government agencies
        - Lawyers
        - NGOs and non-profit organisations
        - The Tokyo Organising Committee of the Olympic and Paralympic Games

        ### How it works

        Each session takes up one theme concerning foreign workers. External lecturers are invited, and participants learn from them and from each other. We hope that what is learned here leads companies to act for society.

        ### Reports

        Some of the problems arise in the sending countries, others in Japan as the receiving country. ASSC investigates conditions both overseas and in Japan and publishes its findings as reports.

        ### Taking part

        Attendance is free, so that stakeholders can join and take part in the discussion easily. Choose a venue in Tokyo or Osaka (or online, for some sessions) and register on the session’s page. We welcome constructive contributions and hope you will join us regularly.

        ---

        - Run by: The Global Alliance for Sustainable Supply Chain (ASSC), which also acts as secretariat
        - With the support of: Business Policy Forum, Japan
      `,
    ),
    contactEmail: CONTACT_EMAIL,
    privacyPolicy: loc(
      md`
        ## 参加登録における個人情報の取扱い

        ASSC（以下「当法人」）は、外国人労働者ラウンドテーブルの参加登録でお預かりする個人情報を、個人情報の保護に関する法律その他の法令に従い、以下のとおり取り扱います。

        ### 1. お預かりする情報

        - お名前
        - ご所属（企業・団体名）
        - 電話番号
        - メールアドレス
        - ご希望の会場（東京・大阪・オンライン）
        - ご連絡に使用する言語（日本語・英語）
        - 本方針に同意いただいた日時

        ### 2. 利用目的

        - 各回の参加者の把握と、会場ごとの座席の管理
        - 開催に関するご連絡（会場や時間の変更、開催中止のお知らせなど）

        上記以外の目的で利用することはありません。

        ### 3. 情報を閲覧できる者

        お預かりした情報を閲覧できるのは、当法人の事務局スタッフに限られます。ウェブサイトなどで公開することはなく、他の参加者に共有することもありません。法令に基づく場合を除き、第三者に提供することはありません。

        ### 4. 確認メール

        お申込みを受け付けると、ご登録のメールアドレスに確認メールをお送りします。確認メールには、お申込みの内容と、キャンセル用の個人専用リンクを記載しています。

        ### 5. キャンセル

        ご都合が悪くなった場合は、確認メールに記載の個人専用リンクからキャンセルしてください。このリンクは、他の方と共有しないようお願いいたします。

        ### 6. 保存期間

        個人情報は、該当する回の開催日から90日が経過すると自動的に消去されます。消去後は、会場ごとの参加者数のみを記録として保持します。

        ### 7. 開示・訂正・消去のご請求

        ご自身の情報の開示、訂正、消去をご希望の場合は、${CONTACT_EMAIL} までご連絡ください。ご本人であることを確認したうえで、速やかに対応いたします。
      `,
      md`
        ## How we handle personal data when you register

        ASSC handles the personal data you give us when you register for a Foreign Workers Round Table session as described below, in accordance with Japan’s Act on the Protection of Personal Information and other applicable laws.

        ### 1. What we collect

        - Your name
        - Your organisation
        - Your phone number
        - Your e-mail address
        - The venue you choose (Tokyo, Osaka or online)
        - The language you would like us to use (Japanese or English)
        - The date and time you agreed to this policy

        ### 2. Why we collect it

        - To know who is coming to each session and to manage the seats at each venue
        - To contact you about the session, for example if the venue or time changes or the session is cancelled

        We do not use it for any other purpose.

        ### 3. Who can see it

        Only ASSC secretariat staff can see your data. It is never published on the website or elsewhere, and it is not shared with other attendees. We do not give it to third parties unless the law requires us to.

        ### 4. Confirmation e-mail

        When we receive your registration, we send a confirmation e-mail to the address you gave. It sets out what you registered for and contains a personal link for cancelling.

        ### 5. Cancelling

        If you can no longer attend, please cancel using the personal link in your confirmation e-mail. Please do not share this link with anyone.

        ### 6. How long we keep it

        Your personal data is erased automatically 90 days after the session. After that we keep only the number of attendees at each venue.

        ### 7. Access, correction and erasure

        To see, correct or erase your data, write to ${CONTACT_EMAIL}. We will act promptly once we have confirmed your identity.
      `,
    ),
  };
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/** `now` decides the dates of upcoming sessions so the demo always has one ahead. */
export function demoContent(now: Date): DemoContent {
  const past = pastSessions();
  const lastPastOrdinal = Math.max(...past.map((s) => s.ordinal));
  const content: DemoContent = {
    countries: COUNTRIES,
    topics: TOPICS,
    sessions: [...past, ...upcomingSessions(now, lastPastOrdinal)],
    minutes: minutes(),
    reports: reports(),
    siteSettings: siteSettings(),
  };
  // People and participant groups are shared constants: hand out an independent tree
  // (no object appears twice) so a caller may mutate any part of the result.
  return JSON.parse(JSON.stringify(content)) as DemoContent;
}
