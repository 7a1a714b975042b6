// Wiki markup in a text dump: "= Title =", "== Section ==", an "Infobox" of "- Key: value"
// lines, and tail sections ("See also", "References") that are link lists, not prose.
import { TAIL_SECTION_HEADINGS } from '../../rules/boilerplate.js';

export interface WikiHeading {
  level: number;
  /** The heading's words, and where they sit in the line. */
  title: string;
  innerStart: number;
  innerEnd: number;
}

const HEADING = /^(=+)\s*(.*?)\s*(=+)$/;

/** A wiki heading line ("== Background =="), or null. */
export function wikiHeading(line: string): WikiHeading | null {
  const m = HEADING.exec(line);
  if (!m || m[1]!.length !== m[3]!.length || !m[2]) return null;
  const innerStart = line.indexOf(m[2], m[1]!.length);
  return { level: m[1]!.length, title: m[2], innerStart, innerEnd: innerStart + m[2].length };
}

export const isTailHeading = (title: string): boolean => TAIL_SECTION_HEADINGS.test(title.trim());

/** "Infobox" or "Infobox <type>" alone on a line. */
export const isInfoboxStart = (line: string): boolean => /^infobox\b.{0,40}$/i.test(line.trim());

const INFOBOX_ENTRY = /^[-*•|]\s*([^:]{1,60}?)\s*[:=]\s*(.*)$/;

/** One "- Key: value" entry of an infobox, or null. */
export function infoboxEntry(line: string): { key: string; value: string } | null {
  const m = INFOBOX_ENTRY.exec(line.trim());
  return m ? { key: m[1]!.trim(), value: m[2]!.trim() } : null;
}
