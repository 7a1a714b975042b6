// Which text a mention's offsets index: the body, or the title or one caption when its `field`
// says so. One definition for the runner's offset check, `validate` and the tests.

export interface MentionPlace {
  field?: string | undefined;
  caption?: number | undefined;
}

export interface ArticleTexts {
  title: string | null;
  captions: readonly { text: string }[];
  body: string;
}

/** The text `m` points into, or null when its field names a title or caption that is not there. */
export function mentionSource(article: ArticleTexts, m: MentionPlace): string | null {
  if (m.field === 'title') return article.title;
  if (m.field === 'caption') return article.captions[m.caption ?? -1]?.text ?? null;
  return article.body;
}
