/**
 * The LED link builder on /toolkit/ (src/components/LedLinkBuilder.astro). The form works
 * without this; with it, the ready link follows every change, short (only what differs from the
 * defaults) and absolute, to copy or preview, and 打开滚动屏 opens that same short link. The
 * form is read through the view's own parser (src/lib/led.ts), so the link always means what
 * the view will show. Its two messages come with the markup (data-copied, data-by-hand), so the
 * page loads no string table for them.
 */
import { ledUrl, parseLedChoice } from '../lib/led';

export function startLedBuilder(root: HTMLElement | null): void {
  const form = root?.querySelector('form');
  const result = root?.querySelector<HTMLElement>('[data-led-builder-result]');
  if (!root || !form || !result) return;
  const field = result.querySelector('input')!;
  const copy = result.querySelector<HTMLButtonElement>('[data-led-builder-copy]')!;
  const preview = result.querySelector<HTMLAnchorElement>('[data-led-builder-preview]')!;
  const status = result.querySelector<HTMLElement>('[data-led-builder-status]')!;
  const base = root.dataset['ledBuilder'] ?? window.location.href;
  const knownIds = [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]')].map(
    (input) => input.value,
  );

  /** The form's values as the query string a plain submit would send. */
  const path = (): string => {
    const params = new URLSearchParams();
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      if (el instanceof HTMLInputElement && !el.checked) continue;
      params.append(el.name, el.value);
    }
    return ledUrl(parseLedChoice(params, knownIds));
  };
  const update = (): void => {
    const href = path();
    field.value = new URL(href, base).href;
    preview.href = href;
    status.textContent = '';
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(path());
  });
  copy.addEventListener('click', () => {
    const byHand = (): void => {
      field.focus();
      field.select();
      status.textContent = status.dataset['byHand'] ?? '';
    };
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard?.writeText) {
      byHand();
      return;
    }
    clipboard
      .writeText(field.value)
      .then(() => (status.textContent = status.dataset['copied'] ?? ''), byHand);
  });
  update();
  result.hidden = false;
}
