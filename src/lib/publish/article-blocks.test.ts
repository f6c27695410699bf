import { describe, expect, it } from 'vitest';
import { articleBlocks } from './article-blocks';

describe('articleBlocks', () => {
	it('a body that starts with its title keeps one title block and its offsets (shift 0)', () => {
		const r = articleBlocks({
			title: 'ع',
			blocks: [
				{ type: 'paragraph', text: 'ع' },
				{ type: 'paragraph', text: 'ف' }
			]
		});
		expect(r.blocks.map((b) => [b.id, b.type])).toEqual([
			['title', 'title'],
			['p1', 'paragraph']
		]);
		expect(r.shift).toBe(0);
	});
	it('otherwise the title goes first and the body moves by its length and a blank line', () => {
		const r = articleBlocks({
			title: 'عنوان',
			blocks: [
				{ type: 'heading', text: 'ح' },
				{ type: 'caption', text: 'ص' }
			]
		});
		expect(r.blocks.map((b) => b.id)).toEqual(['title', 'h1', 'c1']);
		expect(r.shift).toBe(7);
	});
});
