/**
 * The page's only script: sorting and filtering the overview table. Everything is rendered without it; it
 * reads no plan text as code (only `data-value` attributes, compared as numbers or strings), and the page's
 * Content-Security-Policy admits exactly this script by its hash.
 */
export const PAGE_SCRIPT = `(() => {
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
  const search = document.getElementById('plan-filter');
  const grade = document.getElementById('grade-filter');
  const count = document.getElementById('filter-count');
  const filter = () => {
    const query = search.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible = row.dataset.search.includes(query) && (!grade.value || row.dataset.grade === grade.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = count.dataset.template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  search.addEventListener('input', filter);
  grade.addEventListener('change', filter);
})();`;
