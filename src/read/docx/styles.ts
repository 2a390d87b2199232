/**
 * Paragraph styles (styles.xml) as far as the outline needs them: a heading's level (from its outline level or
 * its name, English or Chinese), the Title style, and numbering a style carries, each inherited through basedOn.
 */
import { child, childrenNamed, childValue, type XmlElement } from './xml.js';

export interface StyleFacts {
  headingLevel?: number;
  title?: boolean;
  numbering?: { numId: string; level?: number };
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: { numId: string; level?: number };
}

// heading 1, Heading1, 标题 1, 标题1; Title, 标题.
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/iu;
const TITLE_NAME = /^(?:title|标题)$/iu;

export class Styles {
  private readonly raw = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, StyleFacts>();
  private defaultParagraphStyle?: string;

  constructor(root: XmlElement | undefined) {
    for (const style of childrenNamed(root, 'w:style')) {
      if ((style.attributes['w:type'] ?? 'paragraph') !== 'paragraph') continue;
      const id = style.attributes['w:styleId'];
      if (!id) continue;
      if (style.attributes['w:default'] === '1' || style.attributes['w:default'] === 'true') this.defaultParagraphStyle = id;
      const pPr = child(style, 'w:pPr');
      const outline = childValue(pPr, 'w:outlineLvl');
      this.raw.set(id, {
        name: childValue(style, 'w:name') ?? id,
        basedOn: childValue(style, 'w:basedOn'),
        ...(outline !== undefined && Number(outline) < 9 ? { outlineLevel: Number(outline) } : {}),
        ...(numberingOf(pPr) ? { numbering: numberingOf(pPr) } : {}),
      });
    }
  }

  /** What a paragraph of this style (or of the default style, when none) inherits. */
  facts(styleId: string | undefined): StyleFacts {
    const id = styleId ?? this.defaultParagraphStyle;
    if (id === undefined) return {};
    return this.resolve(id, 0);
  }

  private resolve(id: string, depth: number): StyleFacts {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const style = this.raw.get(id);
    // A style chain longer than Word allows is a loop in a damaged file.
    const inherited: StyleFacts = style?.basedOn && depth < 32 ? this.resolve(style.basedOn, depth + 1) : {};
    const name = style?.name ?? id;
    const named = HEADING_NAME.exec(name) ?? HEADING_NAME.exec(id);
    const facts: StyleFacts = { ...inherited };
    if (style?.outlineLevel !== undefined) facts.headingLevel = style.outlineLevel + 1;
    else if (named) facts.headingLevel = Number(named[1]);
    if (TITLE_NAME.test(name) || TITLE_NAME.test(id)) {
      facts.title = true;
      delete facts.headingLevel;
    }
    if (style?.numbering) facts.numbering = { ...inherited.numbering, ...style.numbering };
    this.resolved.set(id, facts);
    return facts;
  }
}

/** A paragraph's (or style's) own numbering properties; numId 0 means "no numbering". */
export function numberingOf(pPr: XmlElement | undefined): { numId: string; level?: number } | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = childValue(numPr, 'w:numId');
  const level = childValue(numPr, 'w:ilvl');
  if (numId === undefined && level === undefined) return undefined;
  return { numId: numId ?? '', ...(level !== undefined ? { level: Number(level) } : {}) };
}
