/**
 * The share bar's buttons: copy the page's address (or, where the clipboard is missing or refused,
 * show it selected to copy by hand) and print. They are hidden until this runs. What they say
 * comes from the bar's data-copied / data-copy-by-hand (src/i18n/zh-CN.ts, rendered by the page):
 * importing the dictionary here would add 8 KB of script to every page.
 */

export function startShareBars(bars: Iterable<HTMLElement>): void {
  for (const bar of bars) {
    const copy = bar.querySelector<HTMLButtonElement>('[data-share-copy]')!;
    const print = bar.querySelector<HTMLButtonElement>('[data-share-print]')!;
    const status = bar.querySelector<HTMLElement>('[data-share-status]')!;
    const fallback = bar.querySelector<HTMLElement>('[data-share-fallback]')!;
    const field = fallback.querySelector('input')!;
    copy.hidden = false;
    print.hidden = false;

    const byHand = () => {
      fallback.hidden = false;
      field.focus();
      field.select();
      status.textContent = bar.dataset['copyByHand'] ?? '';
    };
    copy.addEventListener('click', () => {
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard?.writeText) {
        byHand();
        return;
      }
      clipboard.writeText(field.value).then(() => {
        fallback.hidden = true;
        status.textContent = bar.dataset['copied'] ?? '';
      }, byHand);
    });
    print.addEventListener('click', () => window.print());
  }
}
