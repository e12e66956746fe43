/**
 * Quotes in Chinese, Japanese and Korean text, which has no capitals and (zh/ja) no spaces: speech is told
 * by a cue verb next to the marks (说/表示/称, と述べた, 라고 말했다) and the speaker is the words just
 * before that verb, trimmed of place, organisation and role ("NASA发言人丹尼尔·霍特" → "丹尼尔·霍特").
 */
import type { Attribution } from './speaker-resolve';

/** Share of CJK characters above which a quoted span is treated as CJK text. */
const CJK_SHARE = 0.3;
/** A full CJK quote without a cue of its own needs this many characters to count. */
export const MIN_CJK_FULL_CHARS = 8;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Chinese speech verbs, longest first so "补充说" wins over "说". */
const ZH_VERBS = '补充说|解释说|回忆说|接着说|表示|指出|强调|认为|称|说道|说|介绍|坦言|透露|告诉|写道|问道|回答|提出|发现|看来|透露说|声称|宣称|直言|感叹|呼吁';
/** Japanese: と + a verb of saying. */
const JA_AFTER = /^[」』]?\s*と(?:述べ|語っ|話し|説明し|強調し|明らかにし|指摘し|言っ|答え|発表し|書い|訴え|コメントし)/;
/** Korean quotative endings right after the closing mark: "…"라고 말했다, "…"고 밝혔다. */
const KO_AFTER = /^\s*(?:이?라고|고|이?라며|며|이?라는|이?라거나|이?란)/;
/** Chinese cue after the quote: ”卢宇说，  ”他表示。 */
const ZH_AFTER = new RegExp(`^[，,。]?\\s*([^，。：；！？“”「」\\s,.:;!]{1,20}?)(?:${ZH_VERBS})`, 'u');
/** Chinese cue before the quote: 他说：“ 研究人员发现，“ 卢宇表示，“ */
const ZH_BEFORE = new RegExp(`([^，。：；！？“”「」,.:;!]{1,40}?)(?:${ZH_VERBS})[：:，,]?\\s*$`, 'u');
/**
 * Chinese cue opening the sentence, with words of the writer's between it and the marks:
 * 席尔霍尔茨补充说，在测试中使用雪利酒“…”. Only verbs of saying (not 认为, 发现): the sentence reports speech.
 */
const ZH_LEAD = /^\s*([^，。：；！？“”「」\s,.:;!]{1,20}?)(?:补充说|解释说|接着说|表示|指出|强调|称|说|透露|坦言|回答)[，,]/u;
/** A fragment a sentence-opening cue attributes needs this many CJK characters (shorter ones are terms). */
const MIN_LEAD_CUE_CHARS = 4;
/** Topic or subject marked by a particle before a Korean quote: 류화영은, 그는. */
const KO_SUBJECT = /([\p{Script=Hangul}A-Za-z·]{1,12}?)(?:은|는|이|가)\s/gu;
/** Role and title nouns; the name follows the last of them ("社会学荣誉教授戴夫·汉森" → "戴夫·汉森"). */
const ZH_ROLE = /(?:发言人|教授|委员|主席|部长|总统|总理|负责人|记者|专家|研究员|博士|局长|主任|经理|院长|校长|代表|官员|宇航员|董事长|总裁|创始人|书记|市长|省长|大使|议员|学者|律师|医生|老师)/gu;
/** Adverbs between a subject and its verb: 他进一步指出, 她也表示. */
const ZH_ADVERBS = /(?:进一步|也|还|则|又|再次|同时|随后|此前|曾|更|都|就|曾经|已经)+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Topic or subject marked by は/が at a clause's start: 大臣は, 社長が. */
const JA_SUBJECT = /(?:^|[、。\s])([^\s、。「」]{1,12}?)(?:は|が)/gu;
const PRONOUN = /^(?:他|她|他们|她们|그|그녀|彼|彼女)$/;

/** True when a quoted span is mostly CJK characters. */
export function isCjkText(text: string): boolean {
  const n = text.match(CJK_CHAR)?.length ?? 0;
  return n > 0 && n / text.replace(/\s/g, '').length >= CJK_SHARE;
}

/** Number of CJK characters in text. */
export function cjkChars(text: string): number {
  return text.match(CJK_CHAR)?.length ?? 0;
}

/**
 * The cue around a CJK quote: the speaker named before the verb, a pronoun to resolve, or null when no cue
 * sits next to the marks. `before` is the sentence up to the opening mark, `after` the text past the closing one.
 */
export function cjkCue(before: string, after: string, quoteChars = 0): { subject: string; cue: string } | null {
  const around = before + after;
  if (KANA.test(around)) {
    return JA_AFTER.test(after) ? { subject: lastTopic(before, JA_SUBJECT), cue: after.slice(0, 8).trim() } : null;
  }
  if (HANGUL.test(around)) return KO_AFTER.test(after) ? { subject: lastTopic(before, KO_SUBJECT), cue: after.slice(0, 8).trim() } : null;
  const za = ZH_AFTER.exec(after);
  if (za) return { subject: za[1]!, cue: za[0].trim() };
  const zb = ZH_BEFORE.exec(before);
  if (zb) return { subject: zb[1]!, cue: zb[0].trim() };
  const lead = quoteChars >= MIN_LEAD_CUE_CHARS ? ZH_LEAD.exec(before) : null;
  if (lead) return { subject: lead[1]!, cue: lead[0].trim() };
  return null;
}

function lastTopic(text: string, re: RegExp): string {
  let found = '';
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found = m[1]!;
  return found;
}

/** Trims a CJK subject to the speaker: drops parentheses, what precedes 的 and leading roles. */
export function cjkSpeaker(subject: string): string {
  let s = subject.replace(/[（(][^）)]*[）)]/g, '').replace(/^[在据对]/, '').trim();
  // "在李博灏看来", "卢宇恳切地说": a trailing 看 or an adverb in 地 is not part of the name.
  s = s.replace(/看$/, '').replace(/[\p{Script=Han}]{2}地$/u, '').replace(ZH_ADVERBS, '');
  const de = s.lastIndexOf('的');
  if (de >= 0 && de < s.length - 1) s = s.slice(de + 1);
  ZH_ROLE.lastIndex = 0;
  let cut = 0;
  for (let m = ZH_ROLE.exec(s); m; m = ZH_ROLE.exec(s)) if (m.index + m[0].length < s.length) cut = m.index + m[0].length;
  s = s.slice(cut);
  // A transliterated name ("戴夫·汉森") is the speaker even when an organisation precedes it.
  const foreign = /[\p{Script=Han}]+[·?・][\p{Script=Han}]+$/u.exec(s);
  return (foreign ? foreign[0] : s).trim();
}

/** Resolves a CJK cue to an attribution; a pronoun takes the last speaker named. quoteChars: the quote's CJK characters. */
export function cjkAttribution(before: string, after: string, last: string | null, quoteChars = 0): Attribution | null {
  const cue = cjkCue(before, after, quoteChars);
  if (!cue) return null;
  const speaker = cjkSpeaker(cue.subject);
  if (!speaker) return { speaker: last, role: null, cue: cue.cue, unresolved: last === null };
  if (PRONOUN.test(speaker)) return { speaker: last, role: null, cue: cue.cue, unresolved: last === null };
  return { speaker, role: null, cue: cue.cue };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Function characters that never belong to a transliterated name ("像戴夫·汉森这样的专家", "在和尼尔·阿姆斯特朗"). */
const NOT_IN_NAME = '的这那和与及等是在说称认表指也都就还对向从把被为了着过像';
/** A transliterated name: Han syllables around a middle dot (or the "?" a lost dot became). */
const FOREIGN_NAME = new RegExp(`[^\\P{Script=Han}${NOT_IN_NAME}]{1,8}[·・?][^\\P{Script=Han}${NOT_IN_NAME}]{1,8}`, 'gu');
const ZH_CUE_ANYWHERE = new RegExp(`([^，。：；！？“”「」,.:;!]{1,40}?)(?:${ZH_VERBS})[：:，,]`, 'gu');
/** Longest subject ZH_CUE_ANYWHERE takes before its verb, in UTF-16 units (40 characters, astral ones take two). */
const MAX_CUE_SUBJECT = 80;
/** Where a ZH_CUE_ANYWHERE match must have its verb: found first, so that regex runs only near one. */
const ZH_CUE_POINT = new RegExp(`(?:${ZH_VERBS})[：:，,]`, 'gu');
/** Characters a transliterated name needs between its parts. */
const NAME_DOTS = /[·・?]/;

/**
 * The next ZH_CUE_ANYWHERE match in text from `from`, as the global regex finds it. The regex tries up to
 * forty characters at every position; a match's verb is at or after the first verb-and-comma, so the scan
 * starts at most forty characters before that (a text with no such verb, any non-Chinese one, costs one search).
 */
function nextCue(text: string, from: number): RegExpExecArray | null {
  ZH_CUE_POINT.lastIndex = from;
  const point = ZH_CUE_POINT.exec(text);
  if (!point) return null;
  let start = Math.max(from, point.index - MAX_CUE_SUBJECT);
  // Never start inside a surrogate pair: the global scan only ever stands on whole characters.
  if (start > from && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  ZH_CUE_ANYWHERE.lastIndex = start;
  return ZH_CUE_ANYWHERE.exec(text);
}

/**
 * The person a CJK paragraph's own text last names as speaking ("卢宇表示，…") or, failing that, the last
 * transliterated name it mentions; null when neither is there.
 */
export function cjkLastNamed(text: string): string | null {
  let found: string | null = null;
  for (let m = nextCue(text, 0); m; m = nextCue(text, m.index + m[0].length)) {
    const s = cjkSpeaker(m[1]!);
    if (s && !PRONOUN.test(s) && !isRoleOnly(s)) found = s;
  }
  if (found) return found;
  FOREIGN_NAME.lastIndex = 0;
  if (NAME_DOTS.test(text)) for (let m = FOREIGN_NAME.exec(text); m; m = FOREIGN_NAME.exec(text)) found = cjkSpeaker(m[0]);
  if (found) return found;
  // Korean: the last topic-marked word that is not a pronoun ("엘제이는").
  KO_SUBJECT.lastIndex = 0;
  for (let m = KO_SUBJECT.exec(text); m; m = KO_SUBJECT.exec(text)) if (!PRONOUN.test(m[1]!)) found = m[1]!;
  return found;
}

/** True for a bare role noun ("专家认为，"): it describes someone, it names no one. */
function isRoleOnly(s: string): boolean {
  ZH_ROLE.lastIndex = 0;
  const m = ZH_ROLE.exec(s);
  return m !== null && m.index === 0 && m[0].length === s.length;
}

/** Longest CJK name cues seldom exceed this (a transliterated name with its middle dot is longer). */
const MAX_NATIVE_NAME = 4;

/** The names CJK cues in the article attribute speech to ("卢宇说", "李博灏表示"), pronouns left out. */
export function cjkKnownNames(texts: string[]): string[] {
  const names = new Set<string>();
  for (const t of texts) {
    for (let m = nextCue(t, 0); m; m = nextCue(t, m.index + m[0].length)) {
      const s = cjkSpeaker(m[1]!);
      if (s.length >= 2 && !PRONOUN.test(s) && !isRoleOnly(s) && (s.length <= MAX_NATIVE_NAME || NAME_DOTS.test(s))) names.add(s);
    }
    FOREIGN_NAME.lastIndex = 0;
    if (NAME_DOTS.test(t)) for (let m = FOREIGN_NAME.exec(t); m; m = FOREIGN_NAME.exec(t)) names.add(cjkSpeaker(m[0]));
  }
  return [...names];
}

/** The known name mentioned last in text, as its longest known form ("汉森" → "戴夫·汉森"). */
export function lastKnownIn(text: string, names: string[]): string | null {
  let best: string | null = null;
  let at = -1;
  for (const n of names) {
    const i = text.lastIndexOf(n);
    if (i > at || (i === at && i >= 0 && best !== null && n.length > best.length)) [best, at] = [n, i];
  }
  return best ? fullForm(best, names) : null;
}

/** The longest known name that ends with this one after a middle dot. */
export function fullForm(name: string, names: string[]): string {
  return names.find((n) => n.length > name.length && /[·・?]/.test(n.charAt(n.length - name.length - 1)) && n.endsWith(name)) ?? name;
}
