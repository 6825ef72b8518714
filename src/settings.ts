/**
 * Site settings that differ between deployments, read once at build time from environment
 * variables (see README, Deploying). Everything optional is empty by default and then not shown:
 * the site never prints a placeholder contact, operator or licence number.
 */

export interface SiteSettings {
  /** SITE_CONTACT: where readers send corrections — an e-mail address or an https:// page. */
  contact: string;
  /** SITE_OPERATOR: the body that runs the site, e.g. 哈尔滨市公安局反电信网络诈骗中心. */
  operator: string;
  /** SITE_ICP: the ICP 备案号 shown in the footer, e.g. 黑ICP备00000000号. */
  icp: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the settings; a malformed value stops the build, naming the variable. */
export function readSettings(env: Env): SiteSettings {
  const value = (name: string) => (env[name] ?? '').trim();
  const contact = value('SITE_CONTACT');
  if (contact && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(contact) && !/^https:\/\/[^\s<>"]+$/.test(contact)) {
    throw new Error(
      `SITE_CONTACT="${contact}" is neither an e-mail address nor an https:// address (纠错联系方式格式不对)`,
    );
  }
  return { contact, operator: value('SITE_OPERATOR'), icp: value('SITE_ICP') };
}

/** A link target for the contact: mailto: for an address, the page itself for a URL. */
export const contactHref = (contact: string) => (contact.includes('@') && !contact.startsWith('https://') ? `mailto:${contact}` : contact);

/** This build's settings. */
export const settings: SiteSettings = readSettings(process.env);
