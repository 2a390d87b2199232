import { OVERVIEW_TABLE_SCRIPT } from '../../formatters/html/script.js';

/**
 * The workbench's one script, served as /assets/app.js (the Content-Security-Policy admits no other): the review
 * report's sorting and filtering of the overview, then uploading what is dropped, following the checks' progress,
 * and jumping from a mark in the document to its finding. Every page works without it (forms post, links link); text it shows is set as
 * text, never as markup.
 */
export const CLIENT_SCRIPT = `${OVERVIEW_TABLE_SCRIPT}
(() => {
  'use strict';
  const csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  // Upload: batches of files in two requests at a time, then the checks' progress.
  const zone = document.getElementById('dropzone');
  const progress = document.getElementById('progress');
  const MAX_BATCH_FILES = 20;
  const MAX_BATCH_BYTES = 16 * 1024 * 1024;

  function showOutcome(items) {
    const box = document.getElementById('upload-outcome');
    if (!box || !items.length) return;
    const list = box.querySelector('ul');
    list.textContent = '';
    for (const item of items) {
      const li = document.createElement('li');
      li.className = item.status;
      const name = document.createElement('b');
      name.textContent = item.file;
      li.append(name, ' — ' + (item.message || item.reason || ''));
      list.append(li);
    }
    box.hidden = false;
  }

  function poll() {
    if (!progress || !zone) return;
    progress.hidden = false;
    const bar = progress.querySelector('progress');
    const text = progress.querySelector('span');
    fetch(zone.dataset.progress, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => response.json())
      .then((p) => {
        bar.max = Math.max(1, p.total);
        bar.value = p.total - p.pending;
        if (p.pending > 0) {
          text.textContent = progress.dataset.template.replace('{done}', String(p.total - p.pending)).replace('{total}', String(p.total));
          setTimeout(poll, 700);
        } else if (p.comparing) {
          text.textContent = progress.dataset.comparingText;
          setTimeout(poll, 700);
        } else {
          text.textContent = progress.dataset.doneText;
          location.reload();
        }
      })
      .catch(() => setTimeout(poll, 2000));
  }

  function batches(files) {
    const out = [];
    let current = [];
    let bytes = 0;
    for (const file of files) {
      if (current.length && (current.length >= MAX_BATCH_FILES || bytes + file.size > MAX_BATCH_BYTES)) {
        out.push(current);
        current = [];
        bytes = 0;
      }
      current.push(file);
      bytes += file.size;
    }
    if (current.length) out.push(current);
    return out;
  }

  async function upload(files) {
    if (!files.length) return;
    const key = 'rectlint-upload-' + zone.dataset.round;
    const results = [];
    const queue = batches(files);
    zone.classList.add('busy');
    const send = async () => {
      while (queue.length) {
        const batch = queue.shift();
        const form = new FormData();
        for (const file of batch) form.append('files', file, file.name);
        try {
          const response = await fetch(zone.action, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': csrf, accept: 'application/json' } });
          const answer = await response.json();
          if (answer.files) results.push(...answer.files);
          else for (const file of batch) results.push({ file: file.name, status: 'rejected', message: answer.error || String(response.status) });
        } catch (error) {
          for (const file of batch) results.push({ file: file.name, status: 'rejected', message: String(error) });
        }
        showOutcome(results);
      }
    };
    await Promise.all([send(), send()]);
    zone.classList.remove('busy');
    sessionStorage.setItem(key, JSON.stringify(results));
    poll();
  }

  if (zone) {
    const input = document.getElementById('file-input');
    zone.classList.add('scripted');
    for (const type of ['dragenter', 'dragover']) zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add('over'); });
    for (const type of ['dragleave', 'drop']) zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.remove('over'); });
    zone.addEventListener('drop', (event) => upload(Array.from(event.dataTransfer.files)));
    zone.addEventListener('submit', (event) => { event.preventDefault(); upload(Array.from(input.files)); });
    input.addEventListener('change', () => { const files = Array.from(input.files); input.value = ''; upload(files); });
    const key = 'rectlint-upload-' + zone.dataset.round;
    const kept = sessionStorage.getItem(key);
    if (kept) showOutcome(JSON.parse(kept));
    const dismiss = document.getElementById('dismiss-outcome');
    if (dismiss) dismiss.addEventListener('click', () => { sessionStorage.removeItem(key); document.getElementById('upload-outcome').hidden = true; });
    if (progress && (Number(progress.dataset.pending) > 0 || progress.dataset.comparing === '1')) poll();
  }

  // The document: a click on a mark goes to its finding in the list.
  for (const mark of document.querySelectorAll('.source mark[data-f]')) {
    mark.addEventListener('click', () => { location.hash = 'F' + mark.dataset.f.split(' ')[0]; });
  }
})();
`;
