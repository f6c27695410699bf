/**
 * The blocks of an imported article as article.json stores them: the title first, then the
 * body's blocks with ids p1, p2… (h1… for headings, c1… for captions). When the body's first
 * block is the title itself (a pasted text that starts with its headline), it becomes the title
 * block rather than a second copy.
 *
 * `shift` is where the body's text starts in the article's plain text: corrections made against
 * the body alone (the paste page's) move by it.
 *
 * @example articleBlocks({ title: 'ع', blocks: [{ type: 'paragraph', text: 'ف' }] }).shift // 3
 */
import type { ArticleBlock } from '../data/schema';
import { BLOCK_SEPARATOR } from '../article/plain-text';
import type { ImportedArticle } from './imported';

const PREFIX = { paragraph: 'p', heading: 'h', caption: 'c' } as Record<string, string>;

export function articleBlocks(imported: ImportedArticle): {
	blocks: ArticleBlock[];
	shift: number;
} {
	const [first, ...rest] = imported.blocks;
	const titleIsFirst = first !== undefined && first.text === imported.title;
	const body = titleIsFirst ? rest : imported.blocks;
	const counts: Record<string, number> = {};
	const blocks: ArticleBlock[] = [
		{ id: 'title', type: 'title', text: imported.title },
		...body.map((b) => {
			const prefix = PREFIX[b.type] ?? 'b';
			counts[prefix] = (counts[prefix] ?? 0) + 1;
			return { id: `${prefix}${counts[prefix]}`, type: b.type, text: b.text };
		})
	];
	return {
		blocks,
		shift: titleIsFirst ? 0 : imported.title.length + BLOCK_SEPARATOR.length
	};
}
