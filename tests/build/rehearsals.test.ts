/**
 * 防骗演练 as built (dist/): at least six rehearsals, each on its own page with its guide linked,
 * the simulation label, the whole script readable without JavaScript (every turn, every reply
 * with 安全/危险 and why), the chat's data in the page, and the rehearsal script loaded only there,
 * within its 10 KB (gzip) budget. Counts come from content/rehearsals/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { guideUrl, PAGES, rehearsalUrl } from '../../src/data/urls';
import { t } from '../../src/i18n/zh-CN';
import type { Script } from '../../src/lib/rehearsal';
import { readCollection, readYamlCollection } from '../support/content-files';
import { builtPages, DIST, page, text } from '../support/dist';

type Rehearsal = Script & { title: string; guide: string; who: string };
const rehearsals = readYamlCollection('rehearsals').map((f) => ({
  id: f.id,
  ...(f.data as unknown as Rehearsal),
}));
const guides = new Set(readCollection('guides').map((g) => g.id));

/** The bundled scripts (/_astro/….js) a built HTML file loads. */
const scriptsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/<script[^>]*\ssrc="(\/_astro\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );

describe('rehearsals', () => {
  it('at least six, each for a guide that exists', () => {
    expect(rehearsals.length).toBeGreaterThanOrEqual(6);
    for (const r of rehearsals) expect(guides, r.id).toContain(r.guide);
  });

  it('the index lists every rehearsal with its guide, under the simulation label', () => {
    const doc = page(PAGES.rehearsals);
    expect(text(doc.querySelector('main'))).toContain(t('rehearsal.label'));
    for (const r of rehearsals) {
      const link = doc.querySelector(`main a[href="${rehearsalUrl(r.id)}"]`);
      expect(text(link), r.id).toBe(r.title);
      expect(
        link!.closest('li')!.querySelector(`a[href="${guideUrl(r.guide)}"]`),
        r.id,
      ).not.toBeNull();
    }
  });

  for (const r of rehearsals) {
    it(`${rehearsalUrl(r.id)}: labelled a simulation, the whole script readable without JavaScript, the guide linked`, () => {
      const doc = page(rehearsalUrl(r.id));
      const main = doc.querySelector('main')!;
      expect(text(main.querySelector('p'))).toBe(t('rehearsal.label'));
      expect(text(doc.querySelector('h1'))).toBe(r.title);
      // Shown without JavaScript; with it, hidden until the chat ends (no-js-only, removed then).
      const script = doc.getElementById('rehearsal-script')!;
      expect(script.hasAttribute('hidden')).toBe(false);
      expect(script.classList.contains('no-js-only')).toBe(true);
      expect(script.querySelectorAll(':scope > ol > li')).toHaveLength(r.turns.length);
      for (const turn of r.turns) {
        const step = doc.getElementById(`step-${turn.id}`)!;
        for (const m of turn.messages) expect(text(step)).toContain(m);
        const items = [...step.querySelectorAll('li')];
        expect(items).toHaveLength(turn.choices?.length ?? 0);
        (turn.choices ?? []).forEach((c, i) => {
          const item = text(items[i]);
          expect(item).toContain(c.text);
          expect(item).toContain(c.sign);
          expect(item).toContain(c.safe ? t('rehearsal.safeChoice') : t('rehearsal.riskyChoice'));
          // A risky reply links where the scam goes on; a safe one says it ends there.
          if (c.next) expect(items[i]!.querySelector(`a[href="#step-${c.next}"]`)).not.toBeNull();
          else expect(item).toContain(t('rehearsal.endsSafe'));
        });
        if (turn.outcome) expect(text(step)).toContain(turn.outcome);
      }
      expect(main.querySelector(`a[href="${guideUrl(r.guide)}"]`)).not.toBeNull();
      // The chat: a polite live log, laid out with JavaScript from the first paint (needs-js), so
      // nothing moves when the script starts, and its data in the page.
      const log = doc.getElementById('rehearsal-log')!;
      expect(log.getAttribute('role')).toBe('log');
      expect(log.getAttribute('aria-live')).toBe('polite');
      const chat = doc.getElementById('rehearsal')!;
      expect(chat.hasAttribute('hidden')).toBe(false);
      expect(chat.classList.contains('needs-js')).toBe(true);
      const data = JSON.parse(doc.getElementById('rehearsal-data')!.textContent!) as Rehearsal;
      expect(data).toEqual({ who: r.who, start: r.start, turns: expect.any(Array) });
      expect(data.turns).toHaveLength(r.turns.length);
    });
  }

  it('the rehearsal script loads only on rehearsal pages and stays within 10 KB gzip', () => {
    const rehearsalDir = join(DIST, 'quiz', 'rehearsal', '');
    const elsewhere = new Set(
      builtPages()
        .filter((f) => !f.startsWith(rehearsalDir))
        .flatMap(scriptsOf),
    );
    const first = join(DIST, rehearsalUrl(rehearsals[0]!.id), 'index.html');
    const only = scriptsOf(first).filter((src) => !elsewhere.has(src));
    expect(only.length).toBeGreaterThan(0);
    for (const src of only) {
      const size = gzipSync(readFileSync(join(DIST, src))).length;
      expect(size, src).toBeLessThanOrEqual(10 * 1024);
    }
  });
});
