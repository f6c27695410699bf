/**
 * Pinyin to Arabic: the expected spellings are those the sources already give some of these places
 * (GeoNames: خونان، تشونغتشينغ، هانغتشو; Natural Earth: شانغهاي، غوانغدونغ، تيانجين) and those of the
 * Chinese media's Arabic services (قوانغتشو). Regression tests of the rule, not evidence of quality.
 */
import { describe, expect, it } from 'vitest';
import { geoparse } from './geoparse';
import { buildGazetteerIndex } from './index-gazetteer';
import { pinyinSpellings } from './pinyin';

describe('pinyin spellings', () => {
	it("writes a name in the Chinese media's style and in the press's", () => {
		expect(pinyinSpellings('Guangzhou')).toEqual(['قوانغتشو', 'قوانجتشو', 'غوانغتشو', 'جوانجتشو']);
		expect(pinyinSpellings('Hunan')).toEqual(['خونان', 'هونان']);
	});
	it('gives the spellings the sources already use for other places', () => {
		expect(pinyinSpellings('Chongqing')).toContain('تشونغتشينغ');
		expect(pinyinSpellings('Hangzhou')).toContain('هانغتشو');
		expect(pinyinSpellings('Shanghai')).toContain('شانغهاي');
		expect(pinyinSpellings('Guangdong')).toContain('غوانغدونغ');
		expect(pinyinSpellings('Tianjin')).toEqual(['تيانجين']);
		expect(pinyinSpellings('Wuhan')).toContain('ووهان');
		expect(pinyinSpellings('Yinchuan')).toEqual(['ينتشوان']);
	});
	it('spells nothing that is not pinyin of two syllables or more', () => {
		expect(pinyinSpellings('Ürümqi')).toEqual([]);
		expect(pinyinSpellings('Harbin')).toEqual([]);
		expect(pinyinSpellings('Inner Mongolia')).toEqual([]);
		expect(pinyinSpellings('Xian')).toEqual([]);
	});
});

describe('the index', () => {
	const place = (id: string, kind: string, ar: string, en: string, importance: number) => ({
		id,
		geometry: { type: 'Point' as const, coordinates: [113.26, 23.13] },
		properties: {
			name: { ar, en },
			variants: { ar: [], en: [] },
			kind,
			country: 'CN',
			importance
		}
	});
	const index = buildGazetteerIndex([
		place('guangzhou', 'city', 'غوانزو', 'Guangzhou', 11_000_000),
		place('hunan', 'admin1', 'خونان', 'Hunan', 100_000)
	]);
	const found = (text: string) =>
		geoparse(text, index).map((m) => [text.slice(m.start, m.end), m.place]);
	it('finds a Chinese city and province as the press writes them', () => {
		expect(found('افتتح المعرض في قوانغتشو أمس')).toEqual([['قوانغتشو', 'guangzhou']]);
		expect(found('فيضانات في إقليم هونان')).toEqual([['هونان', 'hunan']]);
	});
});
