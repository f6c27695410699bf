import { describe, expect, it } from 'vitest';
import { textArticle } from './import-text';

describe('textArticle', () => {
	it('takes the first line as the title and blank lines between paragraphs', () => {
		expect(textArticle('\uFEFFالعنوان\nفقرة\n\n  فقرة  ثانية\nتتمة \n\n\n')).toEqual({
			title: 'العنوان',
			blocks: [
				{ type: 'paragraph', text: 'فقرة' },
				{ type: 'paragraph', text: 'فقرة ثانية تتمة' }
			]
		});
		expect(textArticle('فقرة أولى\n\nثانية', 'عنوان آخر').blocks).toHaveLength(2);
	});
});
