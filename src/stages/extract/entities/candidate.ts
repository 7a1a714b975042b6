// The shape every entity candidate source produces and the resolver consumes: a span of the
// article body, a label or null (left to the resolver), the source that found it and how strong
// its evidence is.
export type EntityLabel = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP';

export interface Candidate {
  start: number;
  end: number;
  label: EntityLabel | null;
  /** `other`: a name of something that is no entity of ours (a law, an event, a product); it
   * claims its span so that nothing inside it becomes a mention, and is then dropped. */
  source: 'gazetteer' | 'head' | 'title' | 'acronym' | 'name' | 'guess' | 'document' | 'compromise' | 'other';
  /** 1 (a guess) to 3 (a gazetteer entry, an organisation head, a title before a name). */
  strength: number;
  /** Number of words in the span. */
  words: number;
}

/** An entity as the record holds it. */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
  label: EntityLabel;
  canonical: string;
}
