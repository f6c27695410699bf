import { describe, expect, it } from 'vitest';
import { ayaspellForms, functionForms, lookupForms } from './forms';

describe('the forms a name is looked up under', () => {
	it('in the dictionary: with or without the article, an adjective in the masculine', () => {
		expect(lookupForms('انقره')).toEqual(['انقره', 'الانقره']);
		expect(lookupForms('الجديده')).toEqual(['الجديده', 'جديده', 'جديد']);
	});
	it("among function words: without a verb's ending", () => {
		expect(functionForms('قالت')).toContain('قال');
	});
	it("among Ayaspell's words: without a plural pronoun, not without ها or نا", () => {
		expect(ayaspellForms('دورهم', true)).toContain('دور');
		expect(ayaspellForms('بيتكم', false)).toContain('بيت');
		expect(ayaspellForms('مونتانا', true)).not.toContain('مونتا');
		expect(ayaspellForms('اوماها', true)).not.toContain('اوما');
		// An accusative's alef, on a transliterated name only.
		expect(ayaspellForms('يوما', true)).toContain('يوم');
		expect(ayaspellForms('مادبا', false)).toEqual(['مادبا']);
	});
});
