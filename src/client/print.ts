/**
 * "打印这一份" buttons on <Printable> pieces, and "打印全部材料" at the top of a page with
 * several: mark the pieces, print, unmark. The print stylesheet (global.css) shows only the
 * marked pieces while the mark is set, each from a new A4 page.
 */
function printOnly(root: Document, targets: readonly Element[], name: string): void {
  const html = root.documentElement;
  for (const target of targets) target.classList.add('printing-target');
  html.dataset['printOnly'] = name;
  const clear = () => {
    delete html.dataset['printOnly'];
    for (const target of targets) target.classList.remove('printing-target');
    window.removeEventListener('afterprint', clear);
  };
  window.addEventListener('afterprint', clear);
  window.print();
}

export function enablePrintButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    if (button.dataset['bound']) continue;
    button.dataset['bound'] = '1';
    button.hidden = false;
    button.addEventListener('click', () => {
      const target = button.closest('.printable');
      printOnly(root, target ? [target] : [], button.dataset['print'] ?? '');
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-all]')) {
    if (button.dataset['bound']) continue;
    button.dataset['bound'] = '1';
    button.hidden = false;
    button.addEventListener('click', () =>
      printOnly(root, [...root.querySelectorAll('main .printable')], 'all'),
    );
  }
}

/**
 * A page opened from /toolkit/'s 打印 links (?print, or ?print=<piece id>): the print dialog opens
 * once the page has loaded — the whole page, or just that class-kit piece — and the address loses
 * the parameter, so a reload or a shared link does not print again.
 */
export function printOnOpen(root: Document): void {
  const params = new URLSearchParams(location.search);
  if (!params.has('print')) return;
  const piece = params.get('print') ?? '';
  history.replaceState(null, '', location.pathname + location.hash);
  const go = () => {
    const target = piece ? root.getElementById(piece) : null;
    if (target?.classList.contains('printable')) printOnly(root, [target], piece);
    else window.print();
  };
  if (root.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
