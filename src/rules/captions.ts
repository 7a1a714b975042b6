// How pages print image credits, as data: a trailing parenthesised credit "(Reuters)",
// "(Manu Fernandez/AP)"; a credit line "Photo: X", "Image source: X"; a caption printed again with
// " - credit" appended. Used by src/stages/clean/captions.ts.

/** A caption's trailing credit in brackets: short, and looks like a name or an agency. */
export const TRAILING_CREDIT = /\s*\(([^()]{2,60})\)\s*$/;

/** Words that make a bracketed or dashed tail a credit even when it is not capitalised. */
export const CREDIT_WORDS = /\b(photo|photos|photograph|image|images|picture|pic|credit|courtesy|file|getty|reuters|afp|ap|dpa|epa|ani|pti|xinhua|anadolu|shutterstock|istock|wikimedia|commons|representational|illustration|handout|supplied|twitter|instagram|facebook|youtube|screenshot|screengrab)\b/i;

/** A line that is only a credit: "Photo: X", "Image source: X", "Photograph by X", "Credit: X". */
export const CREDIT_LINE = /^\(?(?:(?:photo|image|picture|pic|photograph|video|illustration|graphic|file photo)s?(?:\s+(?:source|credit|courtesy|by|copyright))?|credits?|source|courtesy(?: of)?)\s*(?::|by|-|–|—|(?<=copyright|of)\s)\s*(?:©\s*)?([^()]{2,120}?)\)?$/i;

/** A credit at the end of a caption line: "... Credit: Getty - Contributor", "... Submitted photo". */
export const TRAILING_CREDIT_LABEL = /(?:\s|(?<=\p{Ll}))(?:(?:photo|image)?\s*credit:\s*(.{2,80})|(submitted|file|supplied|contributed) (?:photo|image)s?)$/iu;

/** A caption labelled as such by the page ("Image caption The minister arrives"). */
export const CAPTION_LABEL = /^(?:image|photo|picture|video|media) caption\s*:?\s+(\S.*)$/i;

/** Separators between a caption and the credit appended to its second printing. */
export const CREDIT_SEPARATOR = /^\s*(?:-|–|—|\||\/|·)\s*(.{2,100})$/;
