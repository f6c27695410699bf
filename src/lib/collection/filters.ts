/**
 * The home page's filters, kept in the URL (`?from=2022-12&to=2024-11&outlet=syria-tv&country=SY
 * &place=aleppo`), and what they select: the articles published in the month range, by the
 * outlet, mentioning a place in the country (or the place), and how many of them mention each
 * place. Pure: the page, the tests and the benchmark share it.
 */
import type { AggregateArticle, CollectionAggregate } from './aggregate';

export interface Filters {
	/** First month shown, 'YYYY-MM', inclusive. */
	from: string | null;
	/** Last month shown, 'YYYY-MM', inclusive. */
	to: string | null;
	outlet: string | null;
	country: string | null;
	place: string | null;
}

export const NO_FILTERS: Filters = {
	from: null,
	to: null,
	outlet: null,
	country: null,
	place: null
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KEYS = ['from', 'to', 'outlet', 'country', 'place'] as const;

/** The filters of a query string; malformed values are ignored. */
export function parseFilters(search: string): Filters {
	const q = new URLSearchParams(search);
	const get = (k: string, ok: (v: string) => boolean) => {
		const v = q.get(k);
		return v !== null && ok(v) ? v : null;
	};
	return {
		from: get('from', (v) => MONTH.test(v)),
		to: get('to', (v) => MONTH.test(v)),
		outlet: get('outlet', (v) => v.length > 0 && v.length < 100),
		country: get('country', (v) => /^[A-Z]{2}$/.test(v)),
		place: get('place', (v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v))
	};
}

/** The query string of `filters` over `search` (other parameters kept). */
export function filtersToSearch(filters: Filters, search = ''): string {
	const q = new URLSearchParams(search);
	for (const k of KEYS) {
		const v = filters[k];
		if (v === null) q.delete(k);
		else q.set(k, v);
	}
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** The month of an ISO date-time as written (its own offset): '2022-12-03T11:14+03:00' → '2022-12'. */
export const monthOf = (iso: string) => iso.slice(0, 7);

export function matches(
	a: AggregateArticle,
	f: Filters,
	data: Pick<CollectionAggregate, 'places' | 'outlets'>
): boolean {
	const month = monthOf(a.published);
	if (f.from && month < f.from) return false;
	if (f.to && month > f.to) return false;
	if (f.outlet && data.outlets[a.outlet]?.key !== f.outlet) return false;
	if (f.country && !a.places.some((i) => data.places[i].country === f.country)) return false;
	if (f.place && !a.places.some((i) => data.places[i].id === f.place)) return false;
	return true;
}

/** The articles the filters select, in the collection's order. */
export function filterArticles(data: CollectionAggregate, f: Filters): AggregateArticle[] {
	return data.articles.filter((a) => matches(a, f, data));
}

/** How many of `articles` mention each place (by index into `data.places`). */
export function articleCounts(data: CollectionAggregate, articles: readonly AggregateArticle[]) {
	const counts = new Array<number>(data.places.length).fill(0);
	for (const a of articles) for (const i of a.places) counts[i]++;
	return counts;
}

/** Articles per month, from the first month of the collection to its last (gaps as zero). */
export function monthHistogram(
	articles: readonly Pick<AggregateArticle, 'published'>[]
): { month: string; count: number }[] {
	if (!articles.length) return [];
	const months = articles.map((a) => monthOf(a.published)).sort();
	const counts = new Map<string, number>();
	for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
	const out: { month: string; count: number }[] = [];
	let [y, m] = months[0].split('-').map(Number);
	const last = months[months.length - 1];
	for (;;) {
		const key = `${y}-${String(m).padStart(2, '0')}`;
		out.push({ month: key, count: counts.get(key) ?? 0 });
		if (key >= last) break;
		m++;
		if (m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}

/**
 * Whether an article has a place inside the map's view [west, south, east, north]; an article
 * with no place on the map cannot leave the view, so it stays.
 */
export function inView(
	a: AggregateArticle,
	data: Pick<CollectionAggregate, 'places'>,
	[w, s, e, n]: readonly [number, number, number, number]
): boolean {
	let located = false;
	for (const i of a.places) {
		const at = data.places[i].at;
		if (!at) continue;
		located = true;
		const [x, y] = at;
		if (y >= s && y <= n && (w <= e ? x >= w && x <= e : x >= w || x <= e)) return true;
	}
	return !located;
}
