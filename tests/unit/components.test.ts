/**
 * The MDX components editors use, rendered with Astro's Container API: what each one
 * promises (list semantics for screen readers, labels, escaping) is checked here.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Callout from '../../src/components/mdx/Callout.astro';
import DoDont from '../../src/components/mdx/DoDont.astro';
import Line from '../../src/components/mdx/Line.astro';
import RedFlags from '../../src/components/mdx/RedFlags.astro';
import Script from '../../src/components/mdx/Script.astro';
import Steps from '../../src/components/mdx/Steps.astro';
import Corrections from '../../src/components/Corrections.astro';
import SiteFooter from '../../src/components/SiteFooter.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Script> and <Line>: the scammer’s lines', () => {
  it('is an ordered list named after the speaker, so screen readers announce it as a list', async () => {
    const html = await container.renderToString(Script, {
      props: { who: '假“民警”' },
      slots: { default: '<li>x</li>' },
    });
    expect(html).toMatch(/<ol[^>]*class="scam-script/);
    expect(html).toContain('aria-label="假“民警”的话术"');
  });
  it('each line gives the words, the warning sign and the right reply', async () => {
    const html = await container.renderToString(Line, {
      props: { says: '把钱转到安全账户', sign: '没有安全账户', reply: '挂断，打110' },
    });
    expect(html).toMatch(/^<li/);
    expect(html).toContain('骗子说：');
    expect(html).toContain('<q class="font-bold">把钱转到安全账户</q>');
    expect(html).toContain('破绽：</strong>没有安全账户');
    expect(html).toContain('你这样做：</strong>挂断，打110');
  });
  it('escapes what an editor writes, so a line can never inject markup', async () => {
    const html = await container.renderToString(Line, {
      props: { says: '<b>x</b>', sign: 's', reply: 'r' },
    });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('<DoDont>', () => {
  it('shows the dos and the don’ts as two labelled lists', async () => {
    const html = await container.renderToString(DoDont, {
      props: { dos: ['挂断', '打110'], donts: ['转账'] },
    });
    expect(html).toContain('aria-label="要这样做"');
    expect(html).toContain('aria-label="千万不要"');
    expect(html.match(/<li/g)).toHaveLength(3);
    expect(html).toContain('打110');
  });
});

describe('<Callout>', () => {
  it.each([
    ['warning', '注意', 'border-danger'],
    ['tip', '提示', 'border-safe'],
    ['law', '法律提示', 'border-note'],
  ])(
    'type %s is labelled %s, once: a visible first line, not repeated as an aria-label',
    async (type, label, border) => {
      const html = await container.renderToString(Callout, {
        props: { type },
        slots: { default: '正文' },
      });
      expect(html).toMatch(new RegExp(`^<div role="note"[^>]*><p[^>]*>${label}</p>`));
      expect(html).not.toContain('aria-label');
      expect(html).toContain(border);
      expect(html).toContain('正文');
    },
  );
  it('takes an editor’s own title', async () => {
    const html = await container.renderToString(Callout, {
      props: { type: 'warning', title: '当心二次诈骗' },
    });
    expect(html).toContain('当心二次诈骗');
  });
});

describe('<RedFlags> and <Steps>', () => {
  it('RedFlags frames its list in the warning colour', async () => {
    const html = await container.renderToString(RedFlags, {
      slots: { default: '<ul><li>要你先垫钱</li></ul>' },
    });
    expect(html).toContain('red-flags');
    expect(html).toContain('class="flow');
    expect(html).toContain('<li>要你先垫钱</li>');
  });
  it('Steps keeps the ordered list (numbers are drawn by CSS counters)', async () => {
    const html = await container.renderToString(Steps, {
      slots: { default: '<ol><li>一</li><li>二</li></ol>' },
    });
    expect(html).toContain('class="steps');
    expect(html).toContain('<ol><li>一</li><li>二</li></ol>');
  });
});

describe('site settings on the page: shown only when set', () => {
  it('/about/ invites corrections only when a contact is set, and links it', async () => {
    expect((await container.renderToString(Corrections, { props: { contact: '' } })).trim()).toBe(
      '',
    );
    const html = await container.renderToString(Corrections, {
      props: { contact: 'fanzha@example.org' },
    });
    expect(html).toContain('发现错误');
    expect(html).toContain('href="mailto:fanzha@example.org"');
    expect(html).toContain('不要给网站写信');
  });
  it('the footer gives both hotlines as phone links, and 三不一多 in its official wording', async () => {
    const html = await container.renderToString(SiteFooter, {
      props: { site: { contact: '', operator: '', icp: '' } },
    });
    expect(html).toMatch(/href="tel:110"[^>]*>110<\/a>/);
    expect(html).toMatch(/href="tel:96110"[^>]*>96110<\/a>/);
    for (const line of ['未知链接不点击', '陌生来电不轻信', '个人信息不透露', '转账汇款多核实'])
      expect(html).toContain(`<li>${line}</li>`);
  });
  it('the footer names operator, ICP number and contact only when set', async () => {
    const none = await container.renderToString(SiteFooter, {
      props: { site: { contact: '', operator: '', icp: '' } },
    });
    expect(none).not.toContain('data-site-owner');
    const all = await container.renderToString(SiteFooter, {
      props: {
        site: {
          contact: 'https://example.org/jiucuo/',
          operator: '某某单位',
          icp: '黑ICP备00000000号',
        },
      },
    });
    expect(all).toContain('主办：某某单位');
    expect(all).toContain('黑ICP备00000000号');
    expect(all).toContain('href="https://example.org/jiucuo/"');
  });
});
