// How pages label their metadata lines, as data: bylines ("By X", "Author: X"), publication
// stamps ("Published", "First published on"), update stamps, tag lists. Generic English labels
// plus a few common in other languages; used by src/stages/metadata/fields.ts.

/** A byline label at the start of a line, then the names. */
export const BYLINE_PREFIX = /^(?:by|written by|words by|story by|reporting by|posted by|author|authors|writer|von|por|par|oleh)\b\s*[:\-–—]?\s*(.*)$/i;

/** "... by Name" at the end of a stamp line ("Posted on March 30, 2015 by Admin"). */
export const BYLINE_SUFFIX = /\bby\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*$/u;

/** Words that make a stamp a publication date rather than an update. */
export const PUBLISHED_WORDS = /\b(published|first published|posted|publicado|publié|veröffentlicht|diterbitkan|dated?)\b/i;

export const UPDATED_WORDS = /\b(updated|modified|last updated|atualizado|mis à jour|aktualisiert)\b/i;

/** A line that introduces tags on the same line ("Tags: a, b") or alone ("Tags :"). */
export const TAGS_LINE = /^(?:tags?|topics?|keywords?|filed under|tagged(?: with)?|etiquetas|schlagw(?:ö|oe)rter|schlagworte|mots-cl(?:é|e)s|метки|теги|タグ|标签|標籤)\s*(?:[:：|]\s*|\s+)(.*)$/i;

/** Separators between tags when the page prints any. */
export const TAG_SEPARATORS = /\s*(?:,|;|\||•|·|#)\s*/;

/** Non-names that follow "By" on pages ("By clicking ...", "By the numbers"). */
export const NOT_A_NAME = /^(the|a|an|clicking|continuing|using|signing|submitting|subscribing|entering|registering)\b/i;

/** Job titles printed after a byline's names ("Tom Krisher, AP Auto Writer"): a role, not a name. */
export const ROLE_WORDS = /\b(writer|staff|correspondent|editor|reporter|contributor|columnist|bureau|chief|producer|analyst|journalist|desk|team|intern|photographer|news service|wire)s?\b/i;
