import { describe, expect, it } from 'vitest';
import { geoparse } from './geoparse';
import { buildGazetteerIndex, type PlaceInput } from './index-gazetteer';

const place = (
	id: string,
	kind: string,
	ar: string,
	variants: string[] = [],
	point: [number, number] | null = null
): PlaceInput => ({
	id,
	geometry: point ? { type: 'Point', coordinates: point } : null,
	properties: { name: { ar, en: id }, variants: { ar: variants, en: [] }, kind }
});

const index = buildGazetteerIndex(
	[
		place('al-hawl', 'town', 'الهول', ['بلدة الهول'], [41.15, 36.39]),
		place('al-hol-camp', 'camp', 'مخيم الهول', [], [41.149, 36.376]),
		place('deir-ez-zor', 'city', 'دير الزور', [], [40.15, 35.33]),
		place('syria', 'country', 'سوريا', ['سورية']),
		place('raqqa', 'city', 'الرقة', [], [39.0, 35.95]),
		place('beirut', 'capital', 'بيروت', [], [35.5, 33.89]),
		place('tripoli-lebanon', 'city', 'طرابلس', [], [35.84, 34.43]),
		place('tripoli-libya', 'capital', 'طرابلس', [], [13.19, 32.89]),
		place('paris', 'capital', 'باريس', [], [2.35, 48.85])
	],
	{
		variants: { 'al-hol-camp': { ar: ['الهول'] } },
		stoplist: [
			{ name: 'قوات سوريا الديمقراطية', reason: 'organisation' },
			{ name: 'أبو الهول', reason: 'the Sphinx' }
		]
	}
);

const found = (text: string) =>
	geoparse(text, index).map((m) => [text.slice(m.start, m.end), m.place]);

describe('geoparse', () => {
	it('leaves attached clitics out of the span', () => {
		expect(found('والرقة وبالرقة فبالرقة كالرقة')).toEqual([
			['الرقة', 'raqqa'],
			['الرقة', 'raqqa'],
			['الرقة', 'raqqa'],
			['الرقة', 'raqqa']
		]);
		// ل + ال: the article's alef is dropped; the span starts at the article's ل.
		expect(found('للرقة وللرقة')).toEqual([
			['لرقة', 'raqqa'],
			['لرقة', 'raqqa']
		]);
	});
	it('lets the longest name win and respects word boundaries', () => {
		expect(found('في مخيم الهول')).toEqual([['مخيم الهول', 'al-hol-camp']]);
		expect(found('دير الزور')).toEqual([['دير الزور', 'deir-ez-zor']]);
		expect(found('الرقاوي والرقتين ومسوريا')).toEqual([]);
	});
	it('never reports a stop-list name or the places inside it', () => {
		expect(found('قالت قوات سوريا الديمقراطية وزار أبو الهول')).toEqual([]);
		expect(found('بقوات سوريا الديمقراطية في سورية')).toEqual([['سورية', 'syria']]);
	});
	it('resolves a name two places share by the article and cue words', () => {
		expect(found('الهول')).toEqual([['الهول', 'al-hawl']]);
		expect(found('زار مخيم الهول. ثم عاد إلى الهول')).toEqual([
			['مخيم الهول', 'al-hol-camp'],
			['الهول', 'al-hol-camp']
		]);
		expect(found('يعيش النازحون في الهول')).toEqual([['الهول', 'al-hol-camp']]);
		expect(found('بلدة الهول. الهول هادئة')).toEqual([
			['بلدة الهول', 'al-hawl'],
			['الهول', 'al-hawl']
		]);
		const m = geoparse('في الهول', index)[0];
		expect(m.alternatives?.map((a) => a.place)).toEqual(['al-hol-camp']);
	});
	it('resolves homonyms far apart by the other places of the article', () => {
		expect(found('من بيروت إلى طرابلس')[1]).toEqual(['طرابلس', 'tripoli-lebanon']);
		expect(found('من باريس إلى طرابلس')[1]).toEqual(['طرابلس', 'tripoli-libya']);
	});
	it('keeps tashkeel of the last letter inside the span', () => {
		expect(found('دَيْرُ الزُّورِ.')).toEqual([['دَيْرُ الزُّورِ', 'deir-ez-zor']]);
	});
	it('returns nothing for empty or placeless text', () => {
		expect(geoparse('', index)).toEqual([]);
		expect(geoparse('   \n', index)).toEqual([]);
	});
});
