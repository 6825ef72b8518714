/**
 * 可疑信息自查 (/check/): the reader pastes a message; this marks its warning signs, lists them
 * with their reasons and names the scam types they point to. All in the browser: the text is
 * never sent or stored (only handed over once from the search page, in this tab's
 * sessionStorage, and removed at once). Everything the reader typed is written with
 * textContent, never parsed as HTML. The advice after the result is static page text, shown
 * whatever the result: the checker never says a message is safe.
 */
import { checkStrings } from '../i18n/check';
import { translator } from '../i18n/fill';
import { CHECK_HANDOVER_KEY } from '../lib/search';
import { checkText, markedPieces, MAX_CHECK_LENGTH, type Suspect } from '../lib/signals';
import type { CheckData } from '../data/signals';
import { afterPaint, el, fetchJson, replaceChildren } from './dom';

const t = translator(checkStrings);

export function startCheckPage(root: HTMLElement | null): void {
  if (!root) return;
  // The form works at once; a check made before the signs have arrived waits for them. They are
  // fetched once the page is drawn, so they never delay its first paint.
  const dataLoaded = afterPaint().then(() =>
    fetchJson<CheckData>(root.dataset['signs'], { matchers: [], guides: [] }),
  );
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLTextAreaElement>('#check-text')!;
  const status = root.querySelector<HTMLElement>('#check-status')!;
  const result = root.querySelector<HTMLElement>('#check-result')!;
  const heading = result.querySelector<HTMLElement>('h2')!;
  const marked = result.querySelector<HTMLElement>('#check-marked')!;
  const signsBox = result.querySelector<HTMLElement>('#check-signs-box')!;
  const signs = result.querySelector<HTMLElement>('#check-signs')!;
  const likelyBox = result.querySelector<HTMLElement>('#check-likely-box')!;
  const likely = result.querySelector<HTMLElement>('#check-likely')!;
  const possibleBox = result.querySelector<HTMLElement>('#check-possible-box')!;
  const possible = result.querySelector<HTMLElement>('#check-possible')!;

  document.getElementById('check-nojs')?.remove();
  root.hidden = false;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;

  const guideItem = (data: CheckData, suspect: Suspect) => {
    const guide = data.guides.find((g) => g.id === suspect.guide);
    const li = el('li');
    if (!guide) return li;
    const a = el('a', 'inline-flex min-h-tap items-center text-lg font-bold', guide.title);
    a.href = guide.url;
    li.append(a, el('p', 'text-danger', guide.rule));
    return li;
  };

  async function check(): Promise<void> {
    const text = input.value;
    if (!text.trim()) {
      result.hidden = true;
      status.textContent = t('check.empty');
      input.focus();
      return;
    }
    const data = await dataLoaded;
    if (data.matchers.length === 0) {
      // Never a check with no signs to look for: it would find none in any message.
      result.hidden = true;
      status.textContent = t('check.noData');
      return;
    }
    const found = checkText(
      text,
      data.matchers,
      data.guides.map((g) => g.id),
    );

    replaceChildren(
      marked,
      ...markedPieces(found.text, found.findings).map((piece) =>
        piece.mark
          ? el('mark', 'bg-note-soft font-bold text-ink', piece.text)
          : document.createTextNode(piece.text),
      ),
    );
    replaceChildren(
      signs,
      ...found.findings.map((finding) => {
        const li = el('li');
        const quoted = finding.spans
          .slice(0, 3)
          .map(([start, end]) => `“${found.text.slice(start, end)}”`)
          .join('、');
        li.append(
          el('strong', '', finding.matcher.label ? `${finding.matcher.label}：${quoted}` : quoted),
        );
        li.append(document.createTextNode(` ${finding.matcher.reason}`));
        return li;
      }),
    );
    signsBox.hidden = found.findings.length === 0;
    replaceChildren(likely, ...found.likely.slice(0, 3).map((s) => guideItem(data, s)));
    likelyBox.hidden = found.likely.length === 0;
    replaceChildren(possible, ...found.possible.slice(0, 3).map((s) => guideItem(data, s)));
    possibleBox.hidden = found.possible.length === 0;

    const parts = [
      found.findings.length > 0
        ? t('check.found', { count: found.findings.length })
        : t('check.nothing'),
    ];
    if (found.cut) parts.push(t('check.cut', { max: MAX_CHECK_LENGTH }));
    status.textContent = parts.join(' ');
    result.hidden = false;
    heading.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check();
  });
  root.querySelector('#check-clear')!.addEventListener('click', () => {
    input.value = '';
    result.hidden = true;
    status.textContent = '';
    input.focus();
  });

  // A long text the reader typed into search arrives once, from this tab only.
  try {
    const handed = sessionStorage.getItem(CHECK_HANDOVER_KEY);
    if (handed) {
      sessionStorage.removeItem(CHECK_HANDOVER_KEY);
      input.value = handed;
      void check();
    }
  } catch {
    // Storage blocked: the reader pastes the text again.
  }
}
