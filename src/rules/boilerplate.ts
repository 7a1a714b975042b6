// Generic boilerplate of news and blog pages, as data: whole-line patterns by the reason they
// are dropped. Only phrases any site may print (navigation, sharing, sign-up, comment forms,
// legal lines); never a phrase that belongs to one site. The classifier in
// src/stages/clean/classify.ts uses these as one piece of evidence next to line shape.

export interface BoilerplateRule {
  reason: string;
  /** Tested against a whole trimmed line. */
  pattern: RegExp;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { reason: 'read-more', pattern: /^(read|see|view|show|load) (more|less|all|full story|the full story|next|previous)\b.{0,40}$/i },
  { reason: 'read-more', pattern: /^(continue reading|keep reading|read on|full story|more stories|more news|click here\b.{0,60}|learn more|to read the full story)[.:!»›>→…]*$/i },
  // "Read more: <headline>", "SEE ALSO: <headline>", "Related: <headline>": a link to another story.
  { reason: 'read-more', pattern: /^(read|see|watch|listen|view)( more| also| next)?\s*:\s*\S.{0,160}$|^(also read|more|related( stories| articles| content)?|recommended|further reading|most read)\s*:\s*\S.{0,160}$/i },
  // A teaser headline tagged in brackets ("... [VIDEO]", "... [PICS]"): a link, not a sentence.
  { reason: 'teaser-link', pattern: /^.{10,200}\s\[[\p{Lu} ]{3,20}\]\s*\|?$/u },
  { reason: 'related-links', pattern: /^(most (popular|read|viewed|shared|commented)|more|latest|top stories|trending) (in|on|from) .{1,40}$|^explore further$|^(more|trending news|more headlines|more coverage|in other news)\s*:?$|^(related|more|further) (coverage|stories|articles|reading|links|content|news) (from|on|about|in) .{1,60}:?$/i },
  // A section's link box: "Trump Impeachment Inquiry More", "World News »".
  { reason: 'related-links', pattern: /^(\p{Lu}\S*\s+){1,5}(More|»|›)$/u },
  { reason: 'related-links', pattern: /^(related|related (articles?|stories|posts|news|content|coverage|topics|links|reading|videos?)|recommended( for you| stories| articles| reading)?|you (may|might) also like|more from\b.{0,40}|more in\b.{0,40}|most (popular|read|viewed|shared|commented)( articles| stories| videos| news| now)?|trending( now| stories)?|top stories|latest( news| stories| articles| videos| headlines)?|editor'?s (choice|picks)|also read|also see|see also|don'?t miss|in case you missed it|what to read next|up next|our latest stories|previous (post|article|story)|next (post|article|story)|popular (posts|stories|articles)|further reading|story timeline|must read\b.{0,30}|around the web|from the web|more from the web|sponsored( content| stories| links)?|promoted( stories| content)?|you may be interested in|other stories|news feed|all news|back to (top|gallery)|in focus|watch next)[.:!»›>→…]*$/i },
  { reason: 'share', pattern: /^((share|sharing)( this| on| via| it| the story| article| this article| this story| with)?\b.{0,40}|sharing is caring!?|tweet( this)?|pin( it)?|e-?mail( this)?( article| story)?|print( this)?( article| page)?|facebook|twitter|linkedin|reddit|whatsapp|pinterest|flipboard|telegram|copy (this )?(link|url)|link copied|mix|x|email|print|comments?|\d+\s*(shares?|comments?|views?|likes?|reads?))[.:!]*$/i },
  { reason: 'share-counter', pattern: /^[\d.,]+\s*[km]?$|^[A-Za-z]{1,2}$|^[^\p{L}\p{N}]+$/u },
  { reason: 'advertisement', pattern: /^(advertisement|advertising|advert|ads?|sponsored|paid (post|content)|(story|article) continues (below|after)( the)?( advertisement| gallery| video| photos?| images?| slideshow)?|continue reading (the main story|below)|scroll to continue( with content)?|\[?ad\]?)[.:!]*$/i },
  { reason: 'newsletter', pattern: /^.{0,60}\b(subscribe to|sign up for|join|follow) (our|us on)\b.{0,80}\b(newsletters?|magazine|forums?|mailing list|channel|podcast|instagram|facebook|twitter|youtube|tiktok|linkedin)\b.{0,100}$/i },
  { reason: 'newsletter', pattern: /^.{0,80}\b(subscribe to|sign up for|get)\b.{0,40}\b(newsletters?|youtube channel|podcast)\b.{0,60}$|^(like this article\?|if you (enjoyed|liked) this (article|story|post)\b.{0,200})$/i },
  { reason: 'read-more', pattern: /^.{0,60}\bby clicking here[.!]?$/i },
  { reason: 'newsletter', pattern: /^(stay (up to date|informed|in touch|connected|tuned)|follow \S+( \S+){0,3} on (instagram|facebook|twitter|youtube|tiktok|linkedin|x))\b.{0,120}$/i },
  { reason: 'newsletter', pattern: /^(sign up\b.{0,80}|subscribe\b.{0,80}|get (our|the) (daily |free |weekly )?newsletter\b.{0,60}|join our (mailing list|newsletter)\b.{0,40}|thanks? (you )?for (signing up|subscribing)[.!]*|newsletters?|your email( address)?[:*]*|enter your email( address)?[.:*]*|keep an eye on your inbox\b.{0,60}|please check the opt-in box\b.{0,80}|there was an error processing your subscription[.!]*|log ?in|sign ?in|log ?out|sign ?out|register|create (an )?account|my account|already (a subscriber|have an account)\?.{0,40})$/i },
  { reason: 'comment-form', pattern: /^(\*?\s*(name|e-?mail|website|url|comment|text|message|your (name|email|comment|message))\s*[:*]*\s*\*?\s*(\(required\))?|leave a (comment|reply)\b.{0,40}|post a comment|add (a )?comment|join the (conversation|discussion)|comments? (are )?closed\.?|\d* ?comments?|reply|cancel reply|submit( comment)?|post comment|save my name, email, and website in this browser for the next time i comment\.?|notify me (of|via)\b.{0,80}|your email address will not be published\.?.{0,80}|required fields are marked \*?\.?|this site uses akismet to reduce spam\.?.{0,80}|you must be logged in to post a comment\.?|be the first to comment\.?)$/i },
  { reason: 'comment-form', pattern: /^[^\s]+( [^\s]+){0,3} (says|wrote|commented|replied):$|^(permalink|feed for comments|click to (share|email|print|tweet)\b.{0,60}|\(?opens in (a )?new (window|tab)\)?|(these are )?external links?( and)? (will )?open in a new (window|tab)\.?|report (this )?comment|flag|like|dislike|upvote|downvote|load more comments)$/i },
  // "About the author", "About Us", "Über <Name>": an author box or a company profile follows (or a menu entry).
  // Up to five words written as \S+(\s+\S+){0,4}: "(\S+\s*){1,5}" split a long word five ways and backtracked.
  { reason: 'about', pattern: /^(?!.*[.!?]$)(about|sobre|über|à propos( de)?|acerca de)\s+(?!\d)\S+(?:\s+\S+){0,4}\s*$/i },
  { reason: 'tags', pattern: /^(tags?|topics?|filed under|categories|category|keywords?|etiquetas|schlagw(ö|oe)rter|mots-cl(é|e)s|метки|теги|タグ|标签)\s*[:：|]?\s*$/i },
  { reason: 'related-links', pattern: /^(関連記事|相关文章|相關文章|artículos relacionados|artigos relacionados|articles similaires|ähnliche artikel|verwandte artikel|похожие статьи|читайте также|leia também|lea también|lire aussi|lesen sie auch)\s*:?$/i },
  { reason: 'legal', pattern: /^(©|\(c\)|copyright\b).{0,160}$|^.{0,120}\ball rights reserved\.?.{0,80}$|^(privacy( policy| notice)?|terms( of (use|service))?|terms (and|&) conditions|cookie (policy|settings|preferences)|accessibility|sitemap|site map|contact( us)?|about( us)?|advertise( with us)?|careers|faq|help|rss( feeds?)?|imprint|impressum|disclaimer)$/i },
  { reason: 'legal', pattern: /\b(all rights reserved|registered trademarks? of|trademarks? of .{1,60} (inc|llc|ltd)\b|not intended to diagnose|subject to copyright|may not be (reproduced|published|broadcast|rewritten|redistributed)|without (the )?(prior )?written permission|for informational purposes only|does not constitute (medical|legal|financial|investment) advice|may (earn|receive) (a )?(small )?(commission|share)|affiliate (links?|commission)|this (post|article|page) (may )?contains? affiliate)\b/i },
  { reason: 'contact', pattern: /\b(customer (service|care|support)( center| centre| team)?|can be contacted|(may|can) be reached at|have a (news )?tip\?|contact us at|for (any )?(questions|inquiries|enquiries)|(tel|telephone|phone|fax|e-?mail)\s*:)/i },
  { reason: 'cookie-notice', pattern: /^.{0,80}\b(we use cookies|this (web)?site uses cookies|by (continuing to use|using) (this|our) (web)?site)\b.{0,240}$|^(accept( all)?( cookies)?|reject all|manage (cookies|preferences)|got it|i agree|ok)[.!]*$/i },
  { reason: 'updated', pattern: /^[•·|–—-]?\s*(updated|posted|published|last updated|modified)\s*[:.]?$/i },
  { reason: 'image-gallery', pattern: /^(image|photo|picture|slide) \d+ (of|\/) ?\/? ?\d*$|^\d+ of \d+$|^\d+ ?\/ ?\d+$|^(caption|close|expand|enlarge( this image)?|view gallery|open gallery|full screen|play video|watch( video)?|video|photos?|gallery|listen( to this article)?)$/i },
  { reason: 'reading-time', pattern: /^(\d+ min(ute)?s? read|reading time:?.{0,20}|\d+ min(ute)?s? to read|tempo de leitura:?.{0,20})$/i },
];

/** Headings after which a page's story is over: reference lists, link lists, comments. */
export const TAIL_SECTION_HEADINGS =
  /^(see also|references|notes|notes and references|footnotes|citations|sources|bibliography|further reading|external links|related pages|comments?( \(\d+\))?|\d+ comments?|responses?|leave a (reply|comment)|(\d+|one|two|no) (responses?|comments?|replies|thoughts?|reactions?) (to|on) .{1,200})[.:]?$/i;

/** Words that mark a site line's tagline part rather than its name ("X | News & Analysis"). */
export const TAGLINE_WORDS = /\b(news|website|site|online|portal|magazine|analysis|blog|daily|home|homepage|official|latest|breaking|headlines|media|network|journal|channel|tv)\b/i;

const LEGAL_RULES = BOILERPLATE_RULES.filter((r) => r.reason === 'legal');

/**
 * The reason a whole line is boilerplate by the lexicon, or null. `legalOnly` for long lines,
 * where only a legal notice counts (and the other patterns would cost time for nothing).
 */
export function boilerplateReason(line: string, legalOnly = false): string | null {
  const t = line.trim();
  if (t.length > 1500) return null;
  for (const rule of legalOnly ? LEGAL_RULES : BOILERPLATE_RULES) if (rule.pattern.test(t)) return rule.reason;
  return null;
}
