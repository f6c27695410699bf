/**
 * How the geoparser decides, on a small gazetteer written for these tests (sentences written for
 * them too: regression tests of the rules, not evidence of quality; that is eval:geoparse's job).
 */
import { describe, expect, it } from 'vitest';
import { geoparse } from './geoparse';
import { buildGazetteerIndex, indexKeys, type PlaceInput } from './index-gazetteer';
import { STORY_CHARS } from './resolve';

const place = (
	id: string,
	kind: string,
	ar: string,
	country: string | null,
	point: [number, number] | null,
	importance?: number,
	variants: string[] = [],
	bbox?: [number, number, number, number]
): PlaceInput => ({
	id,
	geometry: point ? { type: 'Point', coordinates: point } : null,
	...(bbox ? { bbox } : {}),
	properties: {
		name: { ar, en: id },
		variants: { ar: variants, en: [] },
		kind,
		country,
		importance
	}
});

const index = buildGazetteerIndex(
	[
		place('syria', 'country', 'سوريا', 'SY', null, undefined, ['سورية'], [35.7, 32.3, 42.4, 37.3]),
		place('lebanon', 'country', 'لبنان', 'LB', null, undefined, [], [35.1, 33.05, 36.6, 34.7]),
		place('libya', 'country', 'ليبيا', 'LY', null, undefined, [], [9.3, 19.5, 25.2, 33.2]),
		place('germany', 'country', 'ألمانيا', 'DE', null, undefined, [], [5.8, 47.2, 15.1, 55.1]),
		place('beirut', 'capital', 'بيروت', 'LB', [35.5, 33.89]),
		place('tripoli-lebanon', 'city', 'طرابلس', 'LB', [35.84, 34.43], 230_000),
		place('tripoli-libya', 'capital', 'طرابلس', 'LY', [13.19, 32.89], 1_150_000),
		// Curated (no importance of their own): names reviewed for the story region.
		place('raqqa', 'city', 'الرقة', 'SY', [39.0, 35.95]),
		place('tabqa', 'city', 'الطبقة', 'SY', [38.55, 35.84]),
		place('bremen', 'city', 'بريمن', 'DE', [8.8, 53.08], 550_000),
		place('leer', 'town', 'لير', 'DE', [7.45, 53.23], 200_000),
		place('barcelona', 'city', 'برشلونة', 'ES', [2.17, 41.39], 1_600_000),
		place('tangier', 'city', 'طنجة', 'MA', [-5.8, 35.77], 950_000),
		place('kerry', 'town', 'كيري', 'IE', [-9.6, 52.1], 150_000),
		place('joun', 'town', 'جون', 'LB', [35.45, 33.58], 200_000),
		place('big-dura', 'city', 'دورا', 'PS', [35.03, 31.51], 2_000_000),
		place('small-town', 'town', 'كفرنبل', 'SY', [36.56, 35.61], 8_000),
		place('far-town', 'town', 'زيبرا', 'BR', [-47.1, -12.6], 20_000),
		place('zakho', 'town', 'زاخو', 'IQ', [42.68, 37.14], 95_000),
		place('eilat', 'town', 'إيلات', 'IL', [34.95, 29.56], 45_000),
		place('bursa', 'city', 'بورصة', 'TR', [29.06, 40.19], 2_000_000),
		place('morocco', 'country', 'المغرب', 'MA', null, undefined, [], [-13.2, 27.7, -1, 35.9])
	],
	{ commonWords: { الطبقه: 'Layer; Stratum', ان: 'function word' }, givenNames: ['جون'] }
);

const found = (text: string) =>
	geoparse(text, index).map((m) => [text.slice(m.start, m.end), m.place]);

describe('place or word', () => {
	it('asks a name that is also a common word for evidence: a type word or a place nearby', () => {
		expect(found('ارتفعت الطبقة العليا')).toEqual([]);
		expect(found('في الطبقة')).toEqual([]); // a preposition says nothing before a common word
		expect(found('دخلت القوات مدينة الطبقة')).toEqual([['الطبقة', 'tabqa']]);
		expect(found('من الرقة إلى الطبقة')).toEqual([
			['الرقة', 'raqqa'],
			['الطبقة', 'tabqa']
		]);
	});
	it('asks a small place for evidence; small neighbours vouch for each other', () => {
		expect(found('قال كفرنبل')).toEqual([]);
		expect(found('زار كفرنبل والرقة')).toEqual([
			['كفرنبل', 'small-town'],
			['الرقة', 'raqqa']
		]);
		// A far-away small town gets no help from places on another continent.
		expect(found('زار زيبرا والرقة')).toEqual([['الرقة', 'raqqa']]);
	});
	it('takes a preposition alone for a town of the Arab world or its neighbours', () => {
		expect(found('وصلت القافلة إلى زاخو')).toEqual([['زاخو', 'zakho']]);
		expect(found('انفجار في إيلات')).toEqual([['إيلات', 'eilat']]);
		expect(found('مطعم على تخوم زاخو')).toEqual([['زاخو', 'zakho']]);
		expect(found('قال زاخو')).toEqual([]);
		// A clitic is a weaker sign, and a transliterated town of that size needs more.
		expect(found('قال لزاخو')).toEqual([]);
		expect(found('وصلت القافلة إلى زيبرا')).toEqual([]);
	});
	it('reads a town after its own services: its municipality, its police', () => {
		expect(found('قال رئيس بلدية طنجة')).toEqual([['طنجة', 'tangier']]);
		expect(found('أعلنت شرطة بيروت')).toEqual([['بيروت', 'beirut']]);
	});
	it('reads a town after its stadium, airport or port, even in sports reporting', () => {
		const report = 'قال المدرب بعد المباراة إن اللاعب جاهز لمواجهة الدوري المقبلة.';
		expect(found(`${report} تقام المباراة على استاد برشلونة.`)).toEqual([['برشلونة', 'barcelona']]);
		expect(found('هبطت الطائرة في مطار كفرنبل')).toEqual([['كفرنبل', 'small-town']]);
		expect(found('رست السفينة في ميناء طنجة')).toEqual([['طنجة', 'tangier']]);
	});
	it('never reads a name inside an organisation, a person, a title or after a club', () => {
		expect(found('قال منتخب لبنان')).toEqual([]);
		expect(found('قال الرئيس كفرنبل')).toEqual([]);
		// A masculine nationality before a name is a title: "الروسي سيرغي لافروف".
		expect(found('قال الألماني كفرنبل والرقة')).toEqual([['الرقة', 'raqqa']]);
		expect(found('زار كفرنبل والرقة')).toHaveLength(2);
		expect(found('نشرت « بيروت » مقالا')).toEqual([]);
		// …but a type word before the quotation makes it the place: "مدينة « بيروت »".
		expect(found('استقر في مدينة « بيروت » عامين')).toEqual([['بيروت', 'beirut']]);
		expect(found('فاز فيردر بريمن الألماني')).toEqual([]);
		// A minor place's name after a given name is a surname: John Kerry, not County Kerry.
		expect(found('قال كيري في بريمن')).toEqual([
			['كيري', 'kerry'],
			['بريمن', 'bremen']
		]);
		expect(found('قال جون كيري في بريمن')).toEqual([['بريمن', 'bremen']]);
		// A minor place named like a given name asks for evidence, as a rare word does.
		expect(found('وصل إلى جون')).toEqual([]);
		expect(found('وصل إلى بلدة جون')).toEqual([['جون', 'joun']]);
		// A sports club's or an armed group's name: "أولمبيك آسفي", "سرايا القدس".
		expect(found('فاز أولمبيك برشلونة على ضيفه')).toEqual([]);
		expect(found('أعلنت سرايا بيروت مسؤوليتها')).toEqual([]);
		expect(found('وصل إلى بريمن الألمانية')).toEqual([['بريمن', 'bremen']]);
		// A town before another country's name is a noun in construct with it: Turkey's rally.
		expect(found('شارك في بريمن ألمانيا')).toEqual([
			['بريمن', 'bremen'],
			['ألمانيا', 'germany']
		]);
		expect(found('شارك في لير لبنان')).toEqual([['لبنان', 'lebanon']]);
		// A country before a big city's masculine adjective is a club: "المغرب الفاسي".
		expect(found('فاز المغرب الطنجي على ضيفه')).toEqual([]);
		expect(found('زار المغرب وفاز')).toEqual([['المغرب', 'morocco']]);
		// A word that heads organisations' names is the word: a stock exchange, not Bursa.
		expect(found('ارتفعت الأسهم في بورصة لندن')).toEqual([]);
		expect(found('وصل إلى مدينة بورصة')).toEqual([['بورصة', 'bursa']]);
	});
	it('reads a bare city in sports reporting as its team, a city after a preposition as the city', () => {
		const report = 'قال المدرب بعد المباراة إن اللاعب جاهز لمواجهة الدوري المقبلة.';
		expect(found('فاز برشلونة على ضيفه.')).toEqual([['برشلونة', 'barcelona']]);
		expect(found(`${report} فاز برشلونة على ضيفه.`)).toEqual([]);
		expect(found(`${report} وفي برشلونة احتفل الجمهور.`)).toEqual([['برشلونة', 'barcelona']]);
		// ل there is "for" the team, not "to" the city.
		expect(found(`${report} وكانت الأفضلية لبرشلونة.`)).toEqual([]);
		expect(found('وصلت الطائرة لبرشلونة.')).toEqual([['برشلونة', 'barcelona']]);
		// Countries are not teams: "هزمت ألمانيا" in a match report is still Germany's team, but
		// the gold standard we measure against marks it a place.
		expect(found(`${report} فازت ألمانيا.`)).toEqual([['ألمانيا', 'germany']]);
	});
	it('does not take a clitic for a preposition before a minor place: بلير is Blair', () => {
		expect(found('وصل إلى لير')).toEqual([['لير', 'leer']]);
		expect(found('وقال بلير إن')).toEqual([]);
		expect(found('وصل ببيروت')).toEqual([['بيروت', 'beirut']]);
		// A town of the Arab world: the clitic is the preposition.
		expect(found('وصل بطنجة')).toEqual([['طنجة', 'tangier']]);
	});
	it('reads "وفي" as "في": a conjunction before a preposition', () => {
		const m = geoparse('وفي بريمن', index);
		expect(m.map((x) => x.evidence)).toEqual([['preposition']]);
	});
	it('never reads a word written with tanween as a name: "دوراً" is a role', () => {
		expect(found('زار دورا')).toEqual([['دورا', 'big-dura']]);
		expect(found('لعب دوراً كبيراً')).toEqual([]);
		expect(found('لعب دورًا كبيرًا')).toEqual([]);
	});
	it('reads a camp named after a town as the town: "مخيم جنين"', () => {
		expect(found('اقتحمت القوات مخيم كفرنبل')).toEqual([['كفرنبل', 'small-town']]);
	});
	it('takes a dateline as evidence', () => {
		expect(found('كفرنبل - قالت مصادر محلية')).toEqual([['كفرنبل', 'small-town']]);
	});
});

describe('which place', () => {
	it('by the country named after it', () => {
		expect(found('وصل إلى طرابلس اللبنانية')).toEqual([['طرابلس', 'tripoli-lebanon']]);
		expect(found('وصل إلى طرابلس الليبية')).toEqual([['طرابلس', 'tripoli-libya']]);
	});
	it('by the other places of the story, then by importance', () => {
		expect(found('من بيروت إلى طرابلس')[1]).toEqual(['طرابلس', 'tripoli-lebanon']);
		expect(found('أعلنت ليبيا أن طرابلس هادئة')[1]).toEqual(['طرابلس', 'tripoli-libya']);
		expect(found('وصل إلى طرابلس')).toEqual([['طرابلس', 'tripoli-libya']]);
	});
	it('says how sure it is, why, and what it set aside', () => {
		const [alone] = geoparse('وصل إلى طرابلس', index);
		expect(alone.confidence).toBeLessThan(0.7);
		expect(alone.evidence).toContain('importance');
		expect(alone.alternatives?.map((a) => a.place)).toEqual(['tripoli-lebanon']);
		expect(alone.alternatives![0].confidence).toBeLessThan(alone.confidence);
		const [, told] = geoparse('من بيروت إلى طرابلس', index);
		expect(told.confidence).toBeGreaterThan(alone.confidence);
		expect(told.evidence).toEqual(expect.arrayContaining(['nearby', 'country']));
		const [sure] = geoparse('سوريا', index);
		expect(sure.evidence).toEqual(['unique']);
		expect(sure.alternatives).toBeUndefined();
	});
	it('reads a long text as stories: one story does not decide a name in another', () => {
		const far = 'كلمة '.repeat(STORY_CHARS / 5 + 1);
		const m = geoparse(`من بيروت إلى طرابلس. ${far} وصل إلى طرابلس`, index);
		expect(m.map((x) => x.place)).toEqual(['beirut', 'tripoli-lebanon', 'tripoli-libya']);
	});
});

describe('a name that is also a word', () => {
	const words = buildGazetteerIndex(
		[
			place('hadher', 'subdistrict', 'الحاضر', 'SY', [37.2, 36.0], 20_000),
			place('derna', 'city', 'درنة', 'LY', [22.64, 32.77], 78_000),
			place('benghazi', 'city', 'بنغازي', 'LY', [20.07, 32.12], 650_000),
			place('aleppo', 'city', 'حلب', 'SY', [37.16, 36.2]),
			place('mali', 'country', 'مالي', 'ML', null, undefined, [], [-12.2, 10.2, 4.3, 25])
		],
		{
			rareWords: { الحاضر: 'Attender', درنه: 'Tubercle' },
			commonWords: { مالي: 'Financial', المالي: 'Financial' }
		}
	);
	const got = (text: string) => geoparse(text, words).map((m) => m.place);
	it('is an adjective after a definite noun, even with places around', () => {
		expect(got('في حلب. وفي الوقت الحاضر')).toEqual(['aleppo']);
		expect(got('في حلب وفي الحاضر')).toEqual(['aleppo', 'hadher']);
	});
	it('is the word after a demonstrative: "هذه الحاضر" is no place', () => {
		expect(got('في حلب وفي الحاضر')).toContain('hadher');
		expect(got('في حلب وفي هذا الحاضر')).toEqual(['aleppo']);
	});
	it('is no nationality when the dictionary gives it another meaning: "المالي" is financial', () => {
		expect(got('ارتفع مؤشر سوق حلب المالي')).toEqual(['aleppo']);
		expect(words.adjectives.get('المالي')).toBe('ML');
	});
	it('asks little more evidence when its other meaning is rare', () => {
		expect(got('اشتباكات في بنغازي ودرنة')).toEqual(['benghazi', 'derna']);
	});
});

describe('transliterated names', () => {
	const keysOf = (p: PlaceInput) =>
		indexKeys([p])
			.map((k) => k.key)
			.filter((k) => /[\u0600-\u06ff]/.test(k));
	it('varies the spelling of a place without a country when it lies outside the Arab world', () => {
		// An island, a sea, a continent: where it lies says whether its name is transliterated.
		expect(keysOf(place('java', 'island', 'جاوة', null, [110, -7.5], 1e6))).toContain('جاوا');
		expect(keysOf(place('red-sea', 'sea', 'القلزم', null, [38, 20], 1e6))).toEqual(['القلزم']);
	});
});
