/**
 * A reader's selection in the rendered article (ArticleText: one element per block, `data-block`)
 * as offsets into the article's plain text, to link a name the geoparser missed.
 */

export interface Span {
	start: number;
	end: number;
}

/** Longest selection that can be linked to a place. */
export const MAX_LINK_LENGTH = 200;

/**
 * The span without the white space and punctuation around it, or null if nothing is left.
 *
 * @example trimSpan('في «دمشق» اليوم', 3, 10) // { start: 4, end: 8 }
 */
export function trimSpan(text: string, start: number, end: number): Span | null {
	const edge = /[\s\p{P}\p{S}]/u;
	while (start < end && edge.test(text[start])) start++;
	while (end > start && edge.test(text[end - 1])) end--;
	return start < end ? { start, end } : null;
}

/** Where a DOM selection lies in the text, or why it cannot be linked. */
export function selectionSpan(
	selection: Selection | null,
	root: HTMLElement,
	blockStart: (id: string) => number | undefined,
	text: string
): { span: Span } | { why: { ar: string; en: string } } | null {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.commonAncestorContainer)) return null;
	const blockOf = (n: Node) =>
		(n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('[data-block]') ?? null;
	const block = blockOf(range.startContainer);
	if (!block || block !== blockOf(range.endContainer))
		return {
			why: { ar: 'اختر كلمات من فقرة واحدة.', en: 'Select words within one paragraph.' }
		};
	const at = blockStart(block.dataset.block ?? '');
	if (at === undefined) return null;
	const offset = (node: Node, o: number) => {
		const r = document.createRange();
		r.setStart(block, 0);
		r.setEnd(node, o);
		return r.toString().length;
	};
	const span = trimSpan(
		text,
		at + offset(range.startContainer, range.startOffset),
		at + offset(range.endContainer, range.endOffset)
	);
	if (!span) return null;
	if (span.end - span.start > MAX_LINK_LENGTH)
		return {
			why: {
				ar: `التحديد أطول من ${MAX_LINK_LENGTH} حرف.`,
				en: `The selection is longer than ${MAX_LINK_LENGTH} characters.`
			}
		};
	return { span };
}
