/**
 * An article's title as the pages show it: its title block (the original, as published), and in
 * English our headline where there is one, else the original title.
 *
 * @example articleTitle({ blocks: [{ id: 't', type: 'title', text: 'خبر' }] }) // 'خبر'
 */
import type { Article } from '../data/schema';

export function articleTitle(article: Pick<Article, 'blocks'>): string {
	return (article.blocks.find((b) => b.type === 'title') ?? article.blocks[0]).text;
}

export function englishHeadline(article: Pick<Article, 'blocks' | 'headline_en'>): string {
	return article.headline_en ?? articleTitle(article);
}
