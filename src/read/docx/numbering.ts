/**
 * Word's automatic numbering (numbering.xml): which list a paragraph belongs to, and the number the page prints
 * for it. Counters run per list in document order; a higher level resets the levels below it.
 */
import { formatNumber } from './number-formats.js';
import { child, childrenNamed, childValue, type XmlElement } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level's number printed as decimal. */
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  /** Levels the instance overrides (lvlOverride with startOverride or its own lvl). */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbered {
  level: number;
  /** The number as printed, e.g. （一）, 1., ①; empty for a bullet or `none`. */
  marker: string;
  bullet: boolean;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, NumberingInstance>();
  /** Counters per list: an instance with its own start overrides counts alone, others share their abstract's. */
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    for (const abstract of childrenNamed(root, 'w:abstractNum')) {
      this.abstracts.set(abstract.attributes['w:abstractNumId'], readLevels(abstract));
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const abstractId = childValue(num, 'w:abstractNumId');
      if (abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const override of childrenNamed(num, 'w:lvlOverride')) {
        const level = Number(override.attributes['w:ilvl'] ?? 0);
        const start = childValue(override, 'w:startOverride');
        if (start !== undefined) starts.set(level, Number(start));
        const own = child(override, 'w:lvl');
        if (own) levels.set(level, readLevel(own));
      }
      this.instances.set(num.attributes['w:numId'], { abstractId, starts, levels });
    }
  }

  /** Counts the paragraph in its list and gives the number it prints; undefined when it is not numbered. */
  next(numId: string, level: number): Numbered | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const levelOf = (l: number) => instance.levels.get(l) ?? this.abstracts.get(instance.abstractId)?.get(l);
    const definition = levelOf(level);
    if (!definition) return undefined;
    const key = instance.starts.size > 0 || instance.levels.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = []));
    const startOf = (l: number) => instance.starts.get(l) ?? levelOf(l)?.start ?? 1;
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level] + 1;
    // A number at this level restarts every level below it.
    counters.length = level + 1;
    const bullet = definition.format === 'bullet';
    if (bullet || definition.format === 'none') return { level, marker: '', bullet };
    const marker = definition.text.replace(/%([1-9])/gu, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = counters![l] ?? startOf(l);
      const format = definition.legal && l !== level ? 'decimal' : (levelOf(l)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return { level, marker, bullet: false };
  }
}

function readLevels(abstract: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(abstract, 'w:lvl')) levels.set(Number(lvl.attributes['w:ilvl'] ?? 0), readLevel(lvl));
  return levels;
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number(childValue(lvl, 'w:start') ?? 1),
    format: childValue(lvl, 'w:numFmt') ?? 'decimal',
    text: childValue(lvl, 'w:lvlText') ?? '',
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
}
