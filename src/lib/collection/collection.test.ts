import { describe, expect, it } from 'vitest';
import { readCollection } from '../data/collection-files';
import { buildDataset } from '../data/dataset';
import { ROOT } from '../../../scripts/lib-files';
import { collectionAggregate, outletKey } from './aggregate';
import {
	articleCounts,
	filterArticles,
	filtersToSearch,
	inView,
	monthHistogram,
	NO_FILTERS,
	parseFilters
} from './filters';
import { byCollectionOrder } from './order';
import { placeMentions } from './place-mentions';

const SEED = 'us-pauses-isis-operations-2022-12-03';
const data = buildDataset(readCollection(['geodata/articles', 'tests/fixtures/articles'], ROOT));
const agg = collectionAggregate(data);

describe('the collection order', () => {
	it('real articles before fixtures, each newest first: the seed stays first', () => {
		expect(agg.articles.map((a) => [a.slug, a.fixture ?? 0])).toEqual([
			[SEED, 0],
			['fixture-calligraphy-coast-2024-11-20', 1],
			['fixture-book-caravan-2024-03-16', 1],
			['fixture-river-festival-2023-03-05', 1]
		]);
		const a = { slug: 'a', published: '2020-01-01T00:00:00Z' };
		expect(byCollectionOrder({ ...a, fixture: true }, { ...a, slug: 'b' })).toBeGreaterThan(0);
	});
});

describe('collectionAggregate', () => {
	it('lists each mentioned place once, with where it is drawn, and each article by index', () => {
		const ids = agg.places.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		const aleppo = agg.places[ids.indexOf('aleppo')];
		expect(aleppo).toEqual({
			id: 'aleppo',
			name: { ar: 'حلب', en: 'Aleppo' },
			kind: 'city',
			country: 'SY',
			at: [expect.closeTo(37.16, 1), expect.closeTo(36.2, 1)]
		});
		const seed = agg.articles[0];
		expect(seed.places.map((i) => agg.places[i].id)).toContain('al-hol-camp');
		expect(seed.mentions).toBe(data.articles.get(SEED)!.annotations.length);
		expect(agg.outlets.map((o) => o.key)).toEqual(['syria-tv', 'fixture-wire', 'fixture-daily']);
		expect(agg.countries.find((c) => c.code === 'LB')?.name.ar).toBe('لبنان');
	});
	it('counts the articles that mention each place', () => {
		const counts = articleCounts(agg, agg.articles);
		const at = (id: string) => counts[agg.places.findIndex((p) => p.id === id)];
		expect(at('aleppo')).toBe(2); // the caravan and the coast (الشهباء, linked in review)
		expect(at('al-hol-camp')).toBe(1);
	});
	it('keys outlets by their English name', () => {
		expect(outletKey({ ar: 'تلفزيون سوريا', en: 'Syria TV' })).toBe('syria-tv');
		expect(outletKey({ ar: 'جريدة', en: 'جريدة' })).toBe('جريدة');
	});
});

describe('the filters', () => {
	it('round-trip through the URL, ignoring malformed values', () => {
		const f = {
			from: '2023-01',
			to: '2024-06',
			outlet: 'fixture-wire',
			country: 'SY',
			place: null
		};
		expect(parseFilters(filtersToSearch(f, '?x=1'))).toEqual(f);
		expect(filtersToSearch(f, '?x=1')).toBe(
			'?x=1&from=2023-01&to=2024-06&outlet=fixture-wire&country=SY'
		);
		expect(parseFilters('?from=2023-13&country=syria&place=Al Hol')).toEqual(NO_FILTERS);
	});
	it('select by month range, outlet, country and place', () => {
		const slugs = (f: Partial<typeof NO_FILTERS>) =>
			filterArticles(agg, { ...NO_FILTERS, ...f }).map((a) => a.slug);
		expect(slugs({ from: '2023-01', to: '2024-06' })).toEqual([
			'fixture-book-caravan-2024-03-16',
			'fixture-river-festival-2023-03-05'
		]);
		expect(slugs({ outlet: 'fixture-daily' })).toEqual(['fixture-river-festival-2023-03-05']);
		expect(slugs({ country: 'LB' })).toEqual(['fixture-calligraphy-coast-2024-11-20']);
		expect(slugs({ place: 'aleppo' })).toEqual([
			'fixture-calligraphy-coast-2024-11-20',
			'fixture-book-caravan-2024-03-16'
		]);
	});
	it('a month histogram spans the collection, gaps included', () => {
		const h = monthHistogram(agg.articles);
		expect(h[0]).toEqual({ month: '2022-12', count: 1 });
		expect(h.at(-1)).toEqual({ month: '2024-11', count: 1 });
		expect(h).toHaveLength(24);
		expect(h.reduce((n, m) => n + m.count, 0)).toBe(4);
	});
	it('the list follows the view: an article is in it when one of its places is', () => {
		const lebanon: [number, number, number, number] = [35, 33.3, 35.9, 34.6];
		const shown = agg.articles.filter((a) => inView(a, agg, lebanon)).map((a) => a.slug);
		expect(shown).toEqual(['fixture-calligraphy-coast-2024-11-20']);
		// Across the antimeridian: a view from 170° E to -170° holds neither.
		expect(agg.articles.filter((a) => inView(a, agg, [170, -10, -170, 10]))).toEqual([]);
	});
});

describe('placeMentions', () => {
	const index = placeMentions(data);
	it('gives every sentence that mentions a place, by article, with its first and last date', () => {
		const aleppo = index.get('aleppo')!;
		expect(aleppo.articles.map((a) => a.slug)).toEqual([
			'fixture-calligraphy-coast-2024-11-20',
			'fixture-book-caravan-2024-03-16'
		]);
		expect(aleppo.articles[0].sentences).toEqual([
			expect.objectContaining({ exact: 'الشهباء', mentionId: expect.stringMatching(/^m-\d+$/) })
		]);
		expect(aleppo.first).toBe('2024-03-16T09:30:00+03:00');
		expect(aleppo.last).toBe('2024-11-20T18:00:00+02:00');
		expect(aleppo.mentions).toBe(2);
		expect(aleppo.articles.every((a) => a.fixture)).toBe(true);
	});
	it('holds exactly the places the collection mentions', () => {
		expect([...index.keys()].sort()).toEqual(agg.places.map((p) => p.id).sort());
	});
});
