/**
 * The phone header's 菜单 and 字号·朗读 buttons (src/components/SiteHeader.astro): each opens
 * and closes the part of the header it controls. On wider screens the buttons are not shown and
 * nothing is collapsed.
 */
export function enableHeaderButtons(header: Element | null): void {
  if (!header) return;
  for (const button of header.querySelectorAll<HTMLButtonElement>('button[data-opens]')) {
    const target = document.getElementById(button.dataset['opens'] ?? '');
    if (!target) continue;
    button.addEventListener('click', () => {
      const open = !target.classList.contains('is-open');
      target.classList.toggle('is-open', open);
      button.setAttribute('aria-expanded', String(open));
    });
  }
}
