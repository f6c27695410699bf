/**
 * The gazetteer as one JSON file for the browser (/gazetteer.json, prerendered from the validated
 * dataset), fetched by the paste page's Web Worker only: what the geoparser needs to build its
 * index, and what the page shows of a place.
 *
 * Compact: the curated places of the story region go whole (their polygons, notes, statements,
 * spatial facts), the world's places (world.geojson, some 15,000) as one row each, their source
 * URLs shared through a table. The worker expands the rows back into place features.
 */
import type { Dataset, Place } from '../data/dataset';
import type { Geometry, PlaceKind, SpatialFacts } from '../data/schema';
import {
	buildGazetteerIndex,
	type CommonWords,
	type GazetteerIndex,
	type StopName,
	type VariantsByPlace
} from './index-gazetteer';
import { normaliseName } from './normalise';

/**
 * A world place: [id, kind, country, lon, lat, precision_m, importance, name_ar, name_en,
 * variants_ar, variants_en, bbox or 0, sources (an index into the file's table, or the URL)].
 */
export type WorldRow = [
	string,
	PlaceKind,
	string | null,
	number,
	number,
	number,
	number,
	string,
	string,
	string[],
	string[],
	[number, number, number, number] | 0,
	(number | string)[]
];

export interface GazetteerFile {
	version: 2;
	/** The curated places, whole. */
	places: Place[];
	/** The world's places, one row each. */
	world: WorldRow[];
	/** Source URLs that several world places share. */
	sources: string[];
	variants: VariantsByPlace;
	stoplist: StopName[];
	commonWords: CommonWords;
	rareWords: CommonWords;
	/** Given names (given-names.json): a minor place's name after one is a surname. */
	givenNames: string[];
	spatial: Record<string, SpatialFacts>;
}

/** A place a reader can link a name to, or pick instead of the geoparser's choice. */
export interface PlaceChoice {
	id: string;
	name: { ar: string; en: string };
	kind: Place['properties']['kind'];
	country: string | null;
	/** The country's name, to tell apart places of one name (طرابلس: Libya, Lebanon). */
	countryName: { ar: string; en: string } | null;
}

const round = (x: number, digits: number) => {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
};

/**
 * The geometry with every coordinate rounded to `digits` decimals.
 *
 * @example roundGeometry({ type: 'Point', coordinates: [41.148612, 36.375561] }) // [41.14861, 36.37556]
 */
export function roundGeometry<G extends Geometry>(g: G, digits = 5): G {
	const walk = (c: unknown): unknown =>
		typeof c === 'number' ? round(c, digits) : (c as unknown[]).map(walk);
	return { ...g, coordinates: walk(g.coordinates) } as G;
}

/** A world place: one that carries its importance (world.geojson); curated places have none. */
const isWorld = (p: Place) => p.properties.importance !== undefined;

/** The file's content: every place of the dataset, curated ones whole, world ones as rows. */
export function gazetteerFile(
	data: Pick<Dataset, 'places' | 'spatial'>,
	variants: VariantsByPlace,
	stoplist: readonly StopName[],
	commonWords: CommonWords = {},
	rareWords: CommonWords = {},
	givenNames: readonly string[] = []
): GazetteerFile {
	const all = [...data.places.values()];
	const counts = new Map<string, number>();
	for (const p of all.filter(isWorld))
		for (const s of p.properties.sources) counts.set(s, (counts.get(s) ?? 0) + 1);
	const sources = [...counts].filter(([, n]) => n > 1).map(([s]) => s);
	const table = new Map(sources.map((s, i) => [s, i]));
	const places: Place[] = [];
	const world: WorldRow[] = [];
	for (const p of all) {
		const { name, variants: own, kind, country, precision_m, sources: src } = p.properties;
		if (isWorld(p) && p.geometry?.type === 'Point') {
			const [lon, lat] = p.geometry.coordinates;
			world.push([
				p.id,
				kind,
				country,
				round(lon, 4),
				round(lat, 4),
				precision_m ?? 0,
				p.properties.importance!,
				name.ar,
				name.en,
				own.ar,
				own.en,
				p.bbox ? [p.bbox[0], p.bbox[1], p.bbox[2], p.bbox[3]] : 0,
				src.map((s) => table.get(s) ?? s)
			]);
			continue;
		}
		const { note, statement, length_km, area_km2 } = p.properties;
		places.push({
			type: 'Feature',
			id: p.id,
			geometry: p.geometry ? roundGeometry(p.geometry) : null,
			...(p.bbox ? { bbox: p.bbox } : {}),
			properties: {
				name,
				variants: own,
				kind,
				country,
				precision_m,
				sources: src,
				...(note ? { note } : {}),
				...(statement ? { statement } : {}),
				...(length_km !== undefined ? { length_km } : {}),
				...(area_km2 !== undefined ? { area_km2 } : {})
			}
		});
	}
	// Fails the build, naming the place, if the variants name a place the gazetteer lacks.
	buildGazetteerIndex(all, { variants, stoplist, commonWords, rareWords, givenNames });
	return {
		version: 2,
		places,
		world,
		sources,
		variants,
		stoplist: stoplist.map(({ name, reason }) => ({ name, reason })),
		commonWords,
		rareWords,
		givenNames: [...givenNames],
		spatial: Object.fromEntries(data.spatial)
	};
}

/** A world row back as a place feature. */
export function worldPlace(row: WorldRow, sources: readonly string[]): Place {
	const [id, kind, country, lon, lat, precision, importance, ar, en, vAr, vEn, bbox, src] = row;
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [lon, lat] },
		...(bbox ? { bbox } : {}),
		properties: {
			name: { ar, en },
			variants: { ar: vAr, en: vEn },
			kind,
			country,
			precision_m: precision,
			importance,
			sources: src.map((s) => (typeof s === 'number' ? sources[s] : s))
		}
	};
}

/** What the worker keeps after reading the file. */
export interface LoadedGazetteer {
	index: GazetteerIndex;
	places: ReadonlyMap<string, Place>;
	spatial: ReadonlyMap<string, SpatialFacts>;
	/** Places whose names contain `query` (any language, spelling folded), most prominent first. */
	search: (query: string, limit?: number) => PlaceChoice[];
	/** A place as a choice, with its country's name. */
	choice: (p: Place) => PlaceChoice;
}

export function loadGazetteer(file: GazetteerFile): LoadedGazetteer {
	if (file?.version !== 2 || !Array.isArray(file.places) || !Array.isArray(file.world))
		throw new Error('gazetteer.json: expected version 2 with places and world rows');
	const all = [...file.places, ...file.world.map((row) => worldPlace(row, file.sources))];
	const index = buildGazetteerIndex(all, {
		variants: file.variants,
		stoplist: file.stoplist,
		commonWords: file.commonWords,
		rareWords: file.rareWords,
		givenNames: file.givenNames ?? []
	});
	const places = new Map(all.map((p) => [p.id, p]));
	const countryNames = new Map<string, { ar: string; en: string }>();
	for (const p of all)
		if (p.properties.kind === 'country' && p.properties.country)
			countryNames.set(p.properties.country, p.properties.name);
	const choice = (p: Place): PlaceChoice => ({
		id: p.id,
		name: p.properties.name,
		kind: p.properties.kind,
		country: p.properties.country,
		countryName: (p.properties.country && countryNames.get(p.properties.country)) || null
	});
	// The names to search, normalised once: built on the first search, not while the worker starts.
	let names: { p: Place; keys: string[]; rank: number }[] | null = null;
	const search = (query: string, limit = 50): PlaceChoice[] => {
		const q = normaliseName(query);
		if (!q) return [];
		names ??= all.map((p) => ({
			p,
			keys: [
				p.properties.name.ar,
				p.properties.name.en,
				...p.properties.variants.ar,
				...p.properties.variants.en,
				p.id
			].map(normaliseName),
			rank: index.places.get(p.id)!.importance
		}));
		const hits: { p: Place; score: number }[] = [];
		for (const n of names) {
			let score = 0;
			for (const k of n.keys)
				if (k === q) score = Math.max(score, 3);
				else if (k.startsWith(q)) score = Math.max(score, 2);
				else if (k.includes(q)) score = Math.max(score, 1);
			if (score) hits.push({ p: n.p, score: score * 1e12 + n.rank });
		}
		return hits
			.sort((a, b) => b.score - a.score)
			.slice(0, limit)
			.map((h) => choice(h.p));
	};
	return {
		index,
		places,
		spatial: new Map(Object.entries(file.spatial ?? {})),
		search,
		choice
	};
}
