/**
 * The article's plain text: its blocks joined by a blank line. Every annotation offset (W3C
 * `TextPositionSelector`, UTF-16 code units) counts into this string, so it is defined once, here.
 *
 * @example plainText([{ text: 'أ' }, { text: 'ب' }]) // 'أ\n\nب'
 */
export const BLOCK_SEPARATOR = '\n\n';

export function plainText(blocks: readonly { text: string }[]): string {
	return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Start offset of each block in the plain text, in block order. */
export function blockStarts(blocks: readonly { text: string }[]): number[] {
	const starts: number[] = [];
	let at = 0;
	for (const b of blocks) {
		starts.push(at);
		at += b.text.length + BLOCK_SEPARATOR.length;
	}
	return starts;
}
