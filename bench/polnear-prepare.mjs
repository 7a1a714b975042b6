// Converts a PolNeAR split (brat: text/*.txt + ann/*.ann, from github.com/networkdynamics/PolNeAR,
// data/<split>/) into gold files for ../shared/dev/quotes/score.mjs: {id, text, quotes}. Our own
// stand-in for the held-out prepare.mjs: a content whose letters all lie inside quotation marks once
// its own source and cue are removed is direct, one quote per quoted run ("A," he said, "B."); any
// other content is indirect (mixed when it holds marks). Offsets are converted to UTF-16.
// Usage: node bench/polnear-prepare.mjs <split-dir> <out-dir>
//        node ../shared/dev/eval.mjs quotes <out-dir> [-- --speech-only]
import fs from 'node:fs'; import path from 'node:path';
const [dir, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const SPEECH = /^(say|said|says|saying|tell|told|tells|telling|add|added|adds|adding|according|state|stated|states|announce|announced|announces|claim|claimed|claims|ask|asked|asks|asking|respond|responded|reply|replied|write|wrote|writes|written|tweet|tweeted|tweets|argue|argued|argues|insist|insisted|explain|explained|explains|note|noted|notes|declare|declared|warn|warned|warns|deny|denied|denies|admit|admitted|acknowledge|acknowledged|suggest|suggested|suggests|suggesting|call|called|calls|calling|urge|urged|urges|report|reported|reports|comment|commented|remark|remarked|describe|described|describes|predict|predicted|promise|promised|promises|vow|vowed|vows|pledge|pledged|confirm|confirmed|confirms|say|speak|spoke|spoken|speaking|testify|testified|recall|recalled|recalls|quip|quipped|joke|joked|point|pointed|stress|stressed|emphasize|emphasized|assert|asserted|contend|contended|charge|charged|accuse|accused|accuses|criticize|criticized|praise|praised|thank|thanked|attack|attacked|blast|blasted|slam|slammed|mock|mocked|insult|insulted|question|questioned|demand|demanded|threaten|threatened|announcement|statement|interview|remarks|comments|speech|told|asserts|maintain|maintained|maintains|counter|countered|concede|conceded|boast|boasted|brag|bragged|complain|complained|complains|repeat|repeated|reiterate|reiterated|continue|continued|went|go|going|answer|answered|shout|shouted|yell|yelled|chant|chanted|read|reads|posted|post|wrote|retweeted|retweet|release|released|issued|issue|told)$/i;
const cpToU16 = (text) => { const map = []; let u = 0; for (const ch of text) { map.push(u); u += ch.length; } map.push(u); return map; };
function allQuoted(s) {
  let inside = false; let outside = '';
  for (const c of s) {
    if (c === '“' || c === '«') inside = true; else if (c === '”' || c === '»') inside = false; else if (c === '"') inside = !inside;
    else if (!inside) outside += c;
  }
  return outside;
}
function quotedRuns(text, start, end) {
  const runs = []; let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const opens = c === '“' || c === '«' || (c === '"' && open < 0);
    const closes = c === '”' || c === '»' || (c === '"' && open >= 0);
    if (opens && open < 0) open = i + 1;
    else if (closes && open >= 0) { runs.push({ start: open, end: i }); open = -1; }
  }
  if (open >= 0) runs.push({ start: open, end });
  return runs.length ? runs : [{ start, end }];
}
let n = 0, nq = 0, nd = 0;
for (const f of fs.readdirSync(path.join(dir, 'ann')).filter((x) => x.endsWith('.ann')).sort()) {
  const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  const tp = path.join(dir, 'text', base + '.txt'); if (!fs.existsSync(tp)) continue;
  const text = fs.readFileSync(tp, 'utf8'); const m16 = cpToU16(text);
  const T = new Map(); const quotes = [];
  const lines = fs.readFileSync(path.join(dir, 'ann', f), 'utf8').split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line); if (!m) continue;
    const frags = m[3].split(';').map((r) => r.trim().split(' ').map(Number)).map(([s, e]) => ({ start: m16[s], end: m16[e] }));
    T.set(m[1], { type: m[2], frags, start: frags[0].start, end: frags[frags.length - 1].end, text: m[4] });
  }
  for (const line of lines) {
    const m = /^E\d+\t(.*)$/.exec(line); if (!m) continue;
    const roles = Object.fromEntries(m[1].trim().split(/\s+/).map((p) => p.split(':')));
    const c = T.get(roles.Content); if (!c) continue;
    const src = T.get(roles.Source); const cue = T.get(roles.Cue);
    const span = text.slice(c.start, c.end);
    let outside = allQuoted(span);
    for (const x of [src, cue]) if (x) outside = outside.replace(text.slice(x.start, x.end), '');
    const hasMarks = /["“”«»]/.test(span);
    const direct = hasMarks && !/[\p{L}\p{N}]/u.test(outside);
    const cueText = cue ? text.slice(cue.start, cue.end) : '';
    if (direct) {
      // Like the held-out prepare (fromMixed): a content quoted all through once its own source and cue are
      // removed ("A," he said, "B.") becomes one direct quote per quoted run.
      for (const run of quotedRuns(text, c.start, c.end)) {
        quotes.push({ ...run, kind: 'direct', fromMixed: true, speechCue: true, speaker: src ? { text: text.slice(src.start, src.end), start: src.start, end: src.end } : null });
        nq++; nd++;
      }
      continue;
    }
    quotes.push({
      start: c.start, end: c.end, kind: direct ? 'direct' : 'indirect',
      ...(c.frags.length > 1 ? { fragments: c.frags } : {}),
      ...(!direct && hasMarks ? { mixed: true } : {}),
      speechCue: cueText.split(/\s+/).some((w) => SPEECH.test(w.replace(/[^A-Za-z]/g, ''))),
      speaker: src ? { text: text.slice(src.start, src.end), start: src.start, end: src.end } : null,
      cue: cue ? { text: cueText, start: cue.start, end: cue.end } : null,
    });
    nq++; if (direct) nd++;
  }
  fs.writeFileSync(path.join(out, base + '.json'), JSON.stringify({ id: base, text, quotes }));
  n++;
}
fs.writeFileSync(path.join(out, '_meta.json'), JSON.stringify({ dataset: `PolNeAR ${path.basename(dir)} (our prepare)` }));
console.log(`${n} docs, ${nq} attributions, ${nd} direct`);
