/**
 * The home page's aggregate of the whole collection, computed at build time and served as
 * /collection.json: every place the articles mention (name, kind, country, where it is drawn), the
 * outlets and countries to filter by, and per article only what the map and the list need (title,
 * outlet, date, the places it mentions by index). The home page loads this one file, never the
 * articles themselves. Pure.
 */
import type { Dataset } from '../data/dataset';
import { anchorPoint } from '../geo/anchor-point';
import { articleTitle } from '../article/title';
import { byCollectionOrder } from './order';

export interface AggregatePlace {
	id: string;
	name: { ar: string; en: string };
	kind: string;
	country: string | null;
	/** Where the map draws it, rounded to 4 decimals (about 10 m); null if it has no geometry. */
	at: [number, number] | null;
}

export interface AggregateArticle {
	slug: string;
	/** The original title. */
	title: string;
	/** Our English headline, when there is one. */
	title_en?: string;
	/** Index into `outlets`. */
	outlet: number;
	/** ISO date-time with its offset. */
	published: string;
	/** Indices into `places`, in order of first mention. */
	places: number[];
	mentions: number;
	/** Present (1) for an article written for the tests or a benchmark: never news. */
	fixture?: 1;
}

export interface CollectionAggregate {
	version: 1;
	places: AggregatePlace[];
	outlets: { key: string; name: { ar: string; en: string } }[];
	countries: { code: string; name: { ar: string; en: string } }[];
	/** Real articles first, then fixtures; each newest first. */
	articles: AggregateArticle[];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** A URL-friendly key for an outlet: its English name in kebab-case ("syria-tv"). */
export function outletKey(name: { ar: string; en: string }): string {
	const latin = name.en
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return latin || name.ar.trim().replace(/\s+/g, '-');
}

export function collectionAggregate(
	data: Pick<Dataset, 'places' | 'articles'>
): CollectionAggregate {
	const ordered = [...data.articles.values()].sort((a, b) =>
		byCollectionOrder(
			{ ...a.article, fixture: a.article.fixture },
			{ ...b.article, fixture: b.article.fixture }
		)
	);
	const placeIndex = new Map<string, number>();
	const places: AggregatePlace[] = [];
	const outlets: CollectionAggregate['outlets'] = [];
	const outletIndex = new Map<string, number>();
	const articles = ordered.map(({ article, annotations }): AggregateArticle => {
		const key = outletKey(article.outlet);
		if (!outletIndex.has(key)) {
			outletIndex.set(key, outlets.length);
			outlets.push({ key, name: article.outlet });
		}
		const mine: number[] = [];
		for (const a of annotations) {
			const id = a.body.source;
			let i = placeIndex.get(id);
			if (i === undefined) {
				const p = data.places.get(id)!;
				const at = p.geometry ? anchorPoint(p.geometry) : null;
				i = places.length;
				placeIndex.set(id, i);
				places.push({
					id,
					name: p.properties.name,
					kind: p.properties.kind,
					country: p.properties.country,
					at: at ? [round4(at[0]), round4(at[1])] : null
				});
			}
			if (!mine.includes(i)) mine.push(i);
		}
		return {
			slug: article.slug,
			title: articleTitle(article),
			...(article.headline_en ? { title_en: article.headline_en } : {}),
			outlet: outletIndex.get(key)!,
			published: article.published,
			places: mine,
			mentions: annotations.length,
			...(article.fixture ? { fixture: 1 as const } : {})
		};
	});
	const codes = [...new Set(places.map((p) => p.country).filter((c): c is string => !!c))];
	const countryPlaces = [...data.places.values()].filter((p) => p.properties.kind === 'country');
	const countries = codes
		.map((code) => ({
			code,
			name: countryPlaces.find((p) => p.properties.country === code)?.properties.name ?? {
				ar: code,
				en: code
			}
		}))
		.sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'));
	return { version: 1, places, outlets, countries, articles };
}
