/**
 * OOXML parts as ordered element trees (fast-xml-parser's preserveOrder form), with the few accessors the Word
 * reader needs. Elements keep their prefixed names (`w:p`), as Word writes them.
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

let parser: XMLParser | undefined;

export function parseXml(xml: string): XmlElement[] {
  parser ??= new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  return convert(parser.parse(xml) as RawNode[]).filter(isElement);
}

type RawNode = Record<string, unknown>;

function convert(raw: RawNode[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of raw) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        nodes.push({ text: String(item[key]) });
        continue;
      }
      const attributes = (item[':@'] as Record<string, string> | undefined) ?? {};
      nodes.push({ name: key, attributes, children: convert((item[key] as RawNode[]) ?? []) });
    }
  }
  return nodes;
}

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (isElement(node) && node.name === name) return node;
  return undefined;
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((node): node is XmlElement => isElement(node) && node.name === name);
}

/** The `w:val` attribute of a child element, e.g. `<w:pStyle w:val="Heading1"/>`. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes['w:val'];
}

/** The first element of that name anywhere below, depth first. */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const found = descendant(node, name);
    if (found) return found;
  }
  return undefined;
}
