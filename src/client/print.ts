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
    button.addEventListener('click', () => printOnly(root, [...root.querySelectorAll('main .printable')], 'all'));
  }
}
