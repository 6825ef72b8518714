/**
 * The share bar's buttons: copy the page's address (or, where the clipboard is missing or refused,
 * show it selected to copy by hand) and print. They are hidden until this runs.
 */
import { t } from '../i18n/zh-CN';

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
      status.textContent = t('share.copyByHand');
    };
    copy.addEventListener('click', () => {
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard?.writeText) {
        byHand();
        return;
      }
      clipboard.writeText(field.value).then(() => {
        fallback.hidden = true;
        status.textContent = t('share.copied');
      }, byHand);
    });
    print.addEventListener('click', () => window.print());
  }
}
