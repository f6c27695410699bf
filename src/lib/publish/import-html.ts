/**
 * An HTML page as an article: a real HTML parser (linkedom) and Mozilla's Readability extractor
 * find the article's body without the page's chrome (menus, share buttons, related links), then
 * its headings, paragraphs, list items, quotes and captions become blocks, their whitespace
 * collapsed. The title is Readability's (the page's headline), unless one is given.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ImportedArticle, ImportedBlock } from './imported';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function typeOf(tag: string): ImportedBlock['type'] {
	if (/^H[1-6]$/.test(tag)) return 'heading';
	if (tag === 'FIGCAPTION') return 'caption';
	return 'paragraph';
}

export class HtmlImportError extends Error {}

export function htmlArticle(html: string, title?: string): ImportedArticle {
	const { document } = parseHTML(html);
	const found = new Readability(document as unknown as Document, { charThreshold: 20 }).parse();
	if (!found?.content)
		throw new HtmlImportError('no article body found in the page (Readability found none)');
	const { document: body } = parseHTML(`<!doctype html><html><body>${found.content}</body></html>`);
	const blocks: ImportedBlock[] = [];
	for (const el of body.querySelectorAll(BLOCKS) as unknown as Element[]) {
		// A block inside another (a <p> in a <blockquote>, an <li> holding a <p>) is read once, inside.
		if (el.querySelector(BLOCKS)) continue;
		const text = clean(el.textContent);
		if (text) blocks.push({ type: typeOf(el.tagName.toUpperCase()), text });
	}
	const headline = clean(title ?? found.title);
	// Readability keeps the headline as the body's first heading: it is the title, not a block.
	if (blocks[0]?.type === 'heading' && blocks[0].text === headline) blocks.shift();
	return { title: headline || clean(blocks.shift()?.text), blocks };
}
