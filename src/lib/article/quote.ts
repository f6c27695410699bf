/** Characters of context kept on each side of a quote in a `TextQuoteSelector`. */
export const QUOTE_CONTEXT = 32;

export interface TextQuote {
	exact: string;
	prefix: string;
	suffix: string;
}

/**
 * The W3C `TextQuoteSelector` fields for `text[start, end)`.
 *
 * @example quoteAt('في سوريا اليوم', 3, 8) // { exact: 'سوريا', prefix: 'في ', suffix: ' اليوم' }
 */
export function quoteAt(
	text: string,
	start: number,
	end: number,
	context = QUOTE_CONTEXT
): TextQuote {
	if (start < 0 || end > text.length || start >= end) {
		throw new RangeError(
			`quoteAt: [${start}, ${end}) is not a non-empty range of a ${text.length}-character text`
		);
	}
	return {
		exact: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - context), start),
		suffix: text.slice(end, end + context)
	};
}
