/**
 * A text a reader pastes (or opens) in the browser, as an article the reader page can show: one
 * paragraph per non-empty line, joined by a blank line as every article is (plain-text.ts), so
 * mention offsets count into `pastedArticle(text).text`. The limits keep the page responsive: the
 * text is geoparsed in a Web Worker, but the main thread still has to lay out the paragraphs (the
 * page lays out only those on screen, so a line longer than 3,000 characters is cut into several)
 * and draw every mention link.
 */
import type { Annotation, Article, SpatialFacts } from '../data/schema';
import type { Place } from '../data/dataset';
import { blockStarts, plainText } from './plain-text';
import { articleView, type ArticleView, type BlockView, type PlaceView } from './view-model';
import { withElsewhere } from './view-frame';

/** Largest text accepted: 2 MB of UTF-8 (about a million Arabic letters). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Most paragraphs (non-empty lines) drawn. */
export const MAX_PARAGRAPHS = 10_000;
/** Most mentions drawn as links. */
export const MAX_MENTIONS = 5_000;
/** Longest paragraph: a longer line is cut, after a sentence end or a space where it can be. */
export const MAX_PARAGRAPH_LENGTH = 3_000;
/** Characters of a popup's sentence kept on each side of the mention. */
export const SENTENCE_CONTEXT = 240;

export interface Message {
	code: 'empty' | 'too-large' | 'binary' | 'not-utf8' | 'too-many-paragraphs' | 'too-many-mentions';
	ar: string;
	en: string;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function tooLarge(bytes: number): Message {
	return {
		code: 'too-large',
		ar: `النص كبير جداً (${mb(bytes)} ميغابايت): الحد الأقصى 2 ميغابايت. قسّمه إلى أجزاء.`,
		en: `The text is too large (${mb(bytes)} MB): the limit is 2 MB. Split it into parts.`
	};
}

export function tooManyMentions(count: number): Message {
	return {
		code: 'too-many-mentions',
		ar: `وجدنا ${count} إشارة إلى أماكن، والحد الذي تعرضه الصفحة ${MAX_MENTIONS}. قسّم النص إلى أجزاء.`,
		en: `The text has ${count} place mentions; this page draws at most ${MAX_MENTIONS}. Split the text into parts.`
	};
}

/** Bytes of UTF-8, or an underestimate that is still below the limit (no need to count them). */
export const utf8Length = (text: string) =>
	text.length * 3 <= MAX_TEXT_BYTES ? text.length : new TextEncoder().encode(text).length;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/**
 * Why a text cannot be mapped, or null if it can. Only diacritics or one enormous word are text:
 * they map to no places.
 *
 * @example checkText('   ')?.code // 'empty'
 */
export function checkText(text: string): Message | null {
	if (text.length > MAX_TEXT_BYTES || utf8Length(text) > MAX_TEXT_BYTES)
		return tooLarge(utf8Length(text));
	if (CONTROL.test(text))
		return {
			code: 'binary',
			ar: 'يبدو أن هذا ليس نصاً (فيه محارف تحكم مثل NUL): الصق نصاً عربياً أو افتح ملف ‎.txt.',
			en: 'This does not look like text (it contains control characters such as NUL): paste Arabic text or open a .txt file.'
		};
	const lines = paragraphs(text);
	if (!lines.length)
		return {
			code: 'empty',
			ar: 'لا يوجد نص: الصق نص الخبر أو افتح ملفاً نصياً.',
			en: 'There is no text: paste the article or open a text file.'
		};
	if (lines.length > MAX_PARAGRAPHS)
		return {
			code: 'too-many-paragraphs',
			ar: `في النص ${lines.length} سطراً، والحد ${MAX_PARAGRAPHS}. قسّمه إلى أجزاء.`,
			en: `The text has ${lines.length} lines; the limit is ${MAX_PARAGRAPHS}. Split it into parts.`
		};
	return null;
}

/** The bytes of a file as UTF-8 text (a byte-order mark dropped), or why they are not. */
export function decodeText(bytes: Uint8Array): string | Message {
	if (bytes.length > MAX_TEXT_BYTES) return tooLarge(bytes.length);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			code: 'not-utf8',
			ar: 'هذا الملف ليس نصاً بترميز UTF-8.',
			en: 'This file is not UTF-8 text.'
		};
	}
}

/** Where to cut a long line: after the last sentence end, else the last space, of its window. */
function cutAt(line: string, from: number): number {
	const to = from + MAX_PARAGRAPH_LENGTH;
	let space = -1;
	for (let i = to - 1; i > from + MAX_PARAGRAPH_LENGTH / 2; i--) {
		if (/\s/.test(line[i])) {
			if (/[.!?؟]/.test(line[i - 1])) return i;
			if (space === -1) space = i;
		}
	}
	if (space !== -1) return space;
	// No space at all (one enormous word): cut anywhere but inside a surrogate pair.
	return /[\ud800-\udbff]/.test(line[to - 1]) ? to - 1 : to;
}

/** The non-empty lines, trimmed; lines over MAX_PARAGRAPH_LENGTH cut into several. */
function paragraphs(text: string): string[] {
	const out: string[] = [];
	for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
		const line = raw.trim();
		let from = 0;
		while (line.length - from > MAX_PARAGRAPH_LENGTH) {
			const at = cutAt(line, from);
			const part = line.slice(from, at).trim();
			if (part) out.push(part);
			from = at;
		}
		const rest = line.slice(from).trim();
		if (rest) out.push(rest);
	}
	return out;
}

/**
 * The synthetic article of a pasted text: one paragraph per non-empty line (trimmed; a line over
 * 3,000 characters cut into several), and its plain text, which mention offsets count into.
 *
 * @example pastedArticle('سطر أول\n\n  سطر ثان ').text // 'سطر أول\n\nسطر ثان'
 */
export function pastedArticle(text: string): { article: Article; text: string } {
	const blocks = paragraphs(text).map((t, i) => ({
		id: `p${i + 1}`,
		type: 'paragraph' as const,
		text: t
	}));
	const article: Article = {
		slug: 'pasted-text',
		language: 'ar',
		outlet: { ar: 'نص ملصق', en: 'Pasted text' },
		published: '1970-01-01T00:00:00Z',
		dateline: { ar: '—', en: '—' },
		headline_en: 'Pasted text',
		source: { file: 'pasted', note: 'Pasted or opened in the browser; never uploaded.' },
		blocks
	};
	return { article, text: plainText(blocks) };
}

const clipBefore = (s: string) =>
	s.length > SENTENCE_CONTEXT ? '…' + s.slice(s.length - SENTENCE_CONTEXT) : s;
const clipAfter = (s: string) =>
	s.length > SENTENCE_CONTEXT ? s.slice(0, SENTENCE_CONTEXT) + '…' : s;

/**
 * `articleView` of a pasted article, in time linear in its length: each paragraph is viewed on its
 * own and the views are joined. The popups' sentences keep 240 characters on each side of the
 * mention. A pasted text declares no spatial layer, so its places get no facts computed against
 * one (`_spatial`, the gazetteer's facts, is accepted and set aside).
 */
export function pastedView(
	article: Article,
	annotations: readonly Annotation[],
	places: ReadonlyMap<string, Place>,
	_spatial: ReadonlyMap<string, SpatialFacts> = new Map()
): ArticleView {
	const starts = blockStarts(article.blocks);
	const blocks: BlockView[] = [];
	const byPlace = new Map<string, PlaceView>();
	let a = 0;
	article.blocks.forEach((block, bi) => {
		const shift = starts[bi];
		const inside: Annotation[] = [];
		for (; a < annotations.length; a++) {
			const [pos, quote] = annotations[a].target.selector;
			if (pos.start >= shift + block.text.length) break;
			const start = pos.start - shift;
			const end = pos.end - shift;
			inside.push({
				...annotations[a],
				target: { ...annotations[a].target, selector: [{ ...pos, start, end }, quote] }
			});
		}
		const view = articleView({ ...article, blocks: [block] }, inside, places);
		blocks.push(view.blocks[0]);
		for (const p of view.places) {
			const sentences = p.sentences.map((s) => ({
				...s,
				before: clipBefore(s.before),
				after: clipAfter(s.after)
			}));
			const seen = byPlace.get(p.id);
			if (seen) seen.sentences.push(...sentences);
			else byPlace.set(p.id, { ...p, sentences });
		}
	});
	// Everything but the blocks and places comes from the article as a whole (its context shapes,
	// its events: none for a pasted text).
	const whole = articleView({ ...article, blocks: [] }, [], places);
	return { ...whole, blocks, places: withElsewhere([...byPlace.values()], whole.orientation) };
}
