/**
 * A plain UTF-8 text as an article: paragraphs are separated by blank lines (the lines of one
 * paragraph are joined by a space), and the first line is the title unless one is given.
 *
 * @example textArticle('العنوان\n\nفقرة أولى\nتتمة.\n\nفقرة ثانية.')
 * // { title: 'العنوان', paragraphs: [{ type: 'paragraph', text: 'فقرة أولى تتمة.' }, …] }
 */
import type { ImportedArticle } from './imported';

const clean = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ').trim();

export function textArticle(text: string, title?: string): ImportedArticle {
	const paragraphs = text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n|\u2028|\u2029/)
		.reduce<string[][]>(
			(groups, line) => {
				if (line.trim()) groups[groups.length - 1].push(clean(line));
				else if (groups[groups.length - 1].length) groups.push([]);
				return groups;
			},
			[[]]
		)
		.filter((g) => g.length);
	if (title === undefined && paragraphs.length) {
		const [first, ...rest] = paragraphs[0];
		title = first;
		paragraphs[0] = rest;
	}
	return {
		title: clean(title ?? ''),
		blocks: paragraphs
			.filter((g) => g.length)
			.map((g) => ({ type: 'paragraph' as const, text: g.join(' ') }))
	};
}
