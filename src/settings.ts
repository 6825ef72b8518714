/**
 * Site settings that differ between deployments, read once at build time from environment
 * variables (see README, Deploying). Everything optional is empty by default and then not shown:
 * the site never prints a placeholder contact, operator or licence number.
 */

/** What `npm start` serves (package.json): the address of a build made without SITE_URL. */
export const LOCAL_URL = 'http://localhost:4321';

export interface SiteSettings {
  /**
   * SITE_URL: the public address, printed on every leaflet and in canonical links and the sitemap.
   * Without it, the local address `npm start` serves; `npm run build:release` requires a real one.
   */
  url: string;
  /** SITE_CONTACT: where readers send corrections — an e-mail address or an https:// page. */
  contact: string;
  /** SITE_OPERATOR: the body that runs the site, e.g. 哈尔滨市公安局反电信网络诈骗中心. */
  operator: string;
  /** SITE_ICP: the ICP 备案号 shown in the footer, e.g. 黑ICP备00000000号. */
  icp: string;
  /**
   * BUILD_DATE: the day the build counts as today (YYYY-MM-DD), in Beijing time; today when unset.
   * It decides which alerts are current (近期提醒) and which month the 防骗日历 marks, so tests
   * can fix it.
   */
  buildDate: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** A day as YYYY-MM-DD in Beijing time, whatever the machine's time zone. */
function beijingDay(when: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(when);
}

/** BUILD_DATE, checked: a real calendar day written YYYY-MM-DD, or today (Beijing) when empty. */
function readBuildDate(value: string, now: Date): string {
  if (!value) return beijingDay(now);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new Error(`BUILD_DATE="${value}" must be a day written as 2026-12-03 (构建日期格式不对)`);
  }
  return value;
}

/**
 * Reads and checks the settings; a malformed value stops the build, naming the variable.
 * `now` is the moment that counts as today when BUILD_DATE is unset.
 */
export function readSettings(env: Env, now: Date = new Date()): SiteSettings {
  const value = (name: string) => (env[name] ?? '').trim();
  const contact = value('SITE_CONTACT');
  if (contact && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(contact) && !/^https:\/\/[^\s<>"]+$/.test(contact)) {
    throw new Error(
      `SITE_CONTACT="${contact}" is neither an e-mail address nor an https:// address (纠错联系方式格式不对)`,
    );
  }
  const url = value('SITE_URL') || LOCAL_URL;
  if (!/^https?:\/\/[^\s/?#]+\/?$/.test(url)) {
    throw new Error(`SITE_URL="${url}" must be an address such as https://fanzha.example.gov.cn, with no path (网站地址格式不对)`);
  }
  return {
    url: url.replace(/\/$/, ''),
    contact,
    operator: value('SITE_OPERATOR'),
    icp: value('SITE_ICP'),
    buildDate: readBuildDate(value('BUILD_DATE'), now),
  };
}

/** Host names that must never be printed on a leaflet: documentation examples and this machine. */
const PLACEHOLDER_HOST = /(^|\.)example\.[a-z]+$|^example$|^localhost$|^127\.|^0\.0\.0\.0$|^\[::1\]$/i;

/**
 * Why `url` cannot be the address of a public release, or null when it can: it must be https
 * and a real host, since it is printed on handouts and QR codes that outlive the build.
 */
export function releaseUrlProblem(url: string | undefined): string | null {
  if (!url) return 'SITE_URL is not set: a release needs the public address, e.g. SITE_URL=https://fanzha.your-domain.gov.cn';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `SITE_URL="${url}" is not an address`;
  }
  if (parsed.protocol !== 'https:') return `SITE_URL="${url}" must start with https://`;
  if (PLACEHOLDER_HOST.test(parsed.hostname)) return `SITE_URL="${url}" is a placeholder or local address, not the public one`;
  return null;
}

/** Placeholder addresses (example.*, localhost) found in a built file's text. */
export function placeholderAddresses(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+|\[::1\])(?::\d+)?/gi)) {
    if (PLACEHOLDER_HOST.test(m[1]!)) found.add(m[0]);
  }
  return [...found];
}

/** A link target for the contact: mailto: for an address, the page itself for a URL. */
export const contactHref = (contact: string) => (contact.includes('@') && !contact.startsWith('https://') ? `mailto:${contact}` : contact);

/** This build's settings. */
export const settings: SiteSettings = readSettings(process.env);
