import {
	createExpression,
	latest,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { labelField, labelLines, type LabelMode } from './labels';
import type { Lang } from '../i18n';

/** What MapLibre's own expression engine draws for a feature with these properties. */
function drawn(page: Lang, mode: LabelMode, properties: Record<string, unknown>): string {
	const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)
		.layout_symbol['text-field'];
	const parsed = createExpression(labelField(page, mode), 'text-field', spec);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const value = parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never);
	return typeof value === 'string'
		? value
		: (value as { sections: { text: string }[] }).sections.map((s) => s.text).join('');
}

const RAQQA = { name_ar: 'الرقة', name_en: 'Raqqa' };

describe('labelLines', () => {
	it("shows the page's language", () => {
		expect(labelLines({ ar: 'الرقة', en: 'Raqqa' }, 'ar')).toEqual([{ text: 'الرقة', lang: 'ar' }]);
		expect(labelLines({ ar: 'الرقة', en: 'Raqqa' }, 'en')).toEqual([{ text: 'Raqqa', lang: 'en' }]);
	});

	it('falls back to the other language when the place has no name in this one', () => {
		expect(labelLines({ ar: 'تل أبيض', en: '' }, 'en')).toEqual([{ text: 'تل أبيض', lang: 'ar' }]);
		expect(labelLines({ ar: null, en: 'Akrotiri' }, 'ar')).toEqual([
			{ text: 'Akrotiri', lang: 'en' }
		]);
		expect(labelLines({}, 'ar')).toEqual([]);
	});

	it("draws both, the page's language first, and one line when they are the same", () => {
		expect(labelLines({ ar: 'الرقة', en: 'Raqqa' }, 'ar', 'both')).toEqual([
			{ text: 'الرقة', lang: 'ar' },
			{ text: 'Raqqa', lang: 'en' }
		]);
		expect(labelLines({ ar: 'الرقة', en: 'Raqqa' }, 'en', 'both')).toEqual([
			{ text: 'Raqqa', lang: 'en' },
			{ text: 'الرقة', lang: 'ar' }
		]);
		expect(labelLines({ ar: 'ISIS', en: 'ISIS' }, 'en', 'both')).toEqual([
			{ text: 'ISIS', lang: 'en' }
		]);
		expect(labelLines({ ar: '', en: 'Akrotiri' }, 'ar', 'both')).toEqual([
			{ text: 'Akrotiri', lang: 'en' }
		]);
	});
});

describe('labelField, evaluated by MapLibre', () => {
	it("draws the page's language", () => {
		expect(drawn('ar', 'page', RAQQA)).toBe('الرقة');
		expect(drawn('en', 'page', RAQQA)).toBe('Raqqa');
	});

	it('falls back to the other language for a missing, null or empty name', () => {
		expect(drawn('en', 'page', { name_ar: 'عامودا' })).toBe('عامودا');
		expect(drawn('en', 'page', { name_ar: 'عامودا', name_en: null })).toBe('عامودا');
		expect(drawn('ar', 'page', { name_ar: '', name_en: 'Akrotiri' })).toBe('Akrotiri');
	});

	it("draws both on two lines, the page's language first", () => {
		expect(drawn('ar', 'both', RAQQA)).toBe('الرقة\nRaqqa');
		expect(drawn('en', 'both', RAQQA)).toBe('Raqqa\nالرقة');
		expect(drawn('en', 'both', { name_ar: 'عامودا' })).toBe('عامودا');
		expect(drawn('en', 'both', { name_ar: 'X', name_en: 'X' })).toBe('X');
	});

	it('agrees with labelLines', () => {
		const names = [RAQQA, { name_ar: 'عامودا' }, { name_en: 'Akrotiri', name_ar: null }];
		for (const page of ['ar', 'en'] as const)
			for (const mode of ['page', 'both'] as const)
				for (const n of names)
					expect(drawn(page, mode, n)).toBe(
						labelLines({ ar: n.name_ar, en: n.name_en }, page, mode)
							.map((l) => l.text)
							.join('\n')
					);
	});
});
