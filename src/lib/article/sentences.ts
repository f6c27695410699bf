/**
 * The sentence of a block that contains a span: from after the previous sentence end (. ؟ ? ! or
 * the block's start) to the next one (or the block's end). Arabic news punctuation is simple
 * enough that this is right for our articles; abbreviations with dots are not handled.
 *
 * @example sentenceAround('أولى. ثانية فيها سوريا. ثالثة', 17, 22) // { start: 6, end: 23 }
 */
import { blockStarts } from './plain-text';

const END = /[.!?؟]/;

export function sentenceAround(
	text: string,
	start: number,
	end: number
): { start: number; end: number } {
	let s = start;
	while (s > 0 && !(END.test(text[s - 1]) && /\s/.test(text[s] ?? ' '))) s--;
	while (s < start && /\s/.test(text[s])) s++;
	let e = end;
	while (
		e < text.length &&
		!(END.test(text[e]) && (e + 1 === text.length || /\s/.test(text[e + 1])))
	)
		e++;
	if (e < text.length) e++;
	return { start: s, end: e };
}

/**
 * The sentence around a span of an article's plain text (offsets into the blocks joined by a
 * blank line), found inside the span's block.
 *
 * @example sentenceInBlocks([{ text: 'أ.' }, { text: 'ب. ج د.' }], { start: 7, end: 8 }) // { start: 7, end: 11 }
 */
export function sentenceInBlocks(
	blocks: readonly { text: string }[],
	span: { start: number; end: number }
): { start: number; end: number } {
	const starts = blockStarts(blocks);
	let i = starts.length - 1;
	while (i > 0 && starts[i] > span.start) i--;
	const s = sentenceAround(blocks[i].text, span.start - starts[i], span.end - starts[i]);
	return { start: starts[i] + s.start, end: starts[i] + s.end };
}
