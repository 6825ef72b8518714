/**
 * The share bar's buttons: copy the page's address, copy the group message (复制群消息, on guides
 * and alerts) and print. Where the clipboard is missing or refused, the text is shown selected to
 * copy by hand. The buttons are hidden until this runs. What they say comes from the bar's
 * data-copied / data-copy-by-hand and the message button's own (src/i18n/zh-CN.ts, rendered by the
 * page): importing the dictionary here would add 8 KB of script to every page.
 */

/**
 * Copies `field`'s text and says so in `status`; where the clipboard is missing or refused,
 * `reveal`s the field, selects its text and says how to copy it by hand.
 */
function copyOrSelect(
  field: HTMLInputElement | HTMLTextAreaElement,
  status: HTMLElement,
  said: DOMStringMap,
  reveal: (shown: boolean) => void = () => {},
): void {
  const byHand = () => {
    reveal(true);
    field.focus();
    field.select();
    status.textContent = said['copyByHand'] ?? '';
  };
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard?.writeText) {
    byHand();
    return;
  }
  clipboard.writeText(field.value).then(() => {
    reveal(false);
    status.textContent = said['copied'] ?? '';
  }, byHand);
}

export function startShareBars(bars: Iterable<HTMLElement>): void {
  for (const bar of bars) {
    const copy = bar.querySelector<HTMLButtonElement>('[data-share-copy]')!;
    const print = bar.querySelector<HTMLButtonElement>('[data-share-print]')!;
    const status = bar.querySelector<HTMLElement>('[data-share-status]')!;
    const fallback = bar.querySelector<HTMLElement>('[data-share-fallback]')!;
    const field = fallback.querySelector('input')!;
    copy.hidden = false;
    print.hidden = false;
    copy.addEventListener('click', () =>
      copyOrSelect(field, status, bar.dataset, (shown) => (fallback.hidden = !shown)),
    );
    print.addEventListener('click', () => window.print());

    // The group message's box is always shown (it is the way to copy it without JavaScript).
    const copyMessage = bar.querySelector<HTMLButtonElement>('[data-share-message-copy]');
    const message = bar.querySelector<HTMLTextAreaElement>('[data-share-message]');
    if (copyMessage && message) {
      copyMessage.hidden = false;
      copyMessage.addEventListener('click', () =>
        copyOrSelect(message, status, copyMessage.dataset),
      );
    }
  }
}
