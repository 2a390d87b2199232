import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph of plain words, optionally with a style and automatic numbering. */
export function p(words: string, options: { style?: string; numId?: number; level?: number } = {}): string {
  const numPr = options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.level ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const pPr = style || numPr ? `<w:pPr>${style}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(words)}</w:t></w:r></w:p>`;
}

/** A table cell: its paragraphs, and `span` columns across or a vertical merge (`restart` / `continue`). */
export function tc(paragraphs: string | string[], options: { span?: number; vMerge?: 'restart' | 'continue' } = {}): string {
  const props = [options.span ? `<w:gridSpan w:val="${options.span}"/>` : '', options.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.vMerge === 'continue' ? '<w:vMerge/>' : ''].join('');
  const body = (Array.isArray(paragraphs) ? paragraphs : [paragraphs]).map((words) => p(words)).join('') || '<w:p/>';
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${body}</w:tc>`;
}

export const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;

/** A .docx from body XML, with optional styles.xml and numbering.xml contents (the elements inside the root). */
export async function docxFromXml(body: string, parts: { styles?: string; numbering?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (parts.styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A minimal .docx: the three parts Word needs, one <w:p> per paragraph. */
export async function docx(paragraphs: string[]): Promise<Uint8Array> {
  return docxFromXml(paragraphs.map((words) => p(words)).join(''));
}

/** An abstract numbering definition with one level per [numFmt, lvlText], and a w:num instance of it. */
export function numbering(abstractId: number, levels: [string, string][], numIds: number[], restart = false): string {
  const lvls = levels.map(([format, text], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`).join('');
  const nums = numIds.map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${restart ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`).join('');
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum>${nums}`;
}
