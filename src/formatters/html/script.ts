/**
 * Sorting and filtering an overview table (`#overview-table`), for the review report and the workbench alike. A click
 * on a header's button sorts by its column's `data-value` (again to reverse); each control marked `data-filter`
 * filters the rows: `search` on the row's `data-search`, any other name on the row's data attribute of that name;
 * `#filter-count` says how many rows show. Everything is rendered without it; it reads no plan text as code (only
 * data attributes, compared as numbers or strings).
 */
export const OVERVIEW_TABLE_SCRIPT = `(() => {
  const table = document.getElementById('overview-table');
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  const headers = Array.from(table.tHead.rows[0].cells);
  for (const button of table.querySelectorAll('thead button')) {
    button.addEventListener('click', () => {
      const header = button.parentElement;
      const column = Number(button.dataset.column);
      const numeric = button.dataset.type === 'number';
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      const key = (row) => row.cells[column].dataset.value;
      const compare = numeric ? (a, b) => Number(key(a)) - Number(key(b)) : (a, b) => collator.compare(key(a), key(b));
      const sorted = Array.from(body.rows).sort((a, b) => (ascending ? compare(a, b) : compare(b, a)));
      for (const row of sorted) body.appendChild(row);
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  }
  const controls = Array.from(document.querySelectorAll('[data-filter]'));
  const count = document.getElementById('filter-count');
  const filter = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = controls.every((control) => {
        const value = control.value.trim().toLowerCase();
        if (!value) return true;
        return control.dataset.filter === 'search' ? row.dataset.search.includes(value) : row.dataset[control.dataset.filter] === control.value;
      });
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = count.dataset.template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  for (const control of controls) control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', filter);
})();`;

/** The review report's only script; its Content-Security-Policy admits exactly this script by its hash. */
export const PAGE_SCRIPT = OVERVIEW_TABLE_SCRIPT;
