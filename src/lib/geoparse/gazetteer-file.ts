/**
 * The gazetteer as one JSON file for the browser (/gazetteer.json, prerendered from the validated
 * dataset): what the geoparser needs to build its index (names, variants, the stop-list) and what
 * the reader shows (kind, geometry rounded to 5 decimals, about 1 m, precision, sources, notes,
 * spatial facts). The page that maps a pasted text fetches it lazily, in its Web Worker.
 */
import type { Dataset, Place } from '../data/dataset';
import type { Geometry, SpatialFacts } from '../data/schema';
import {
	buildGazetteerIndex,
	type GazetteerIndex,
	type StopName,
	type VariantsByPlace
} from './index-gazetteer';

export interface GazetteerFile {
	places: Place[];
	variants: VariantsByPlace;
	stoplist: StopName[];
	spatial: Record<string, SpatialFacts>;
}

/** A place a reader can link a missed name to. */
export interface PlaceChoice {
	id: string;
	name: { ar: string; en: string };
	kind: Place['properties']['kind'];
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

/** The file's content: every place of the dataset, with the properties the reader uses. */
export function gazetteerFile(
	data: Pick<Dataset, 'places' | 'spatial'>,
	variants: VariantsByPlace,
	stoplist: readonly StopName[]
): GazetteerFile {
	const places = [...data.places.values()].map((p): Place => {
		const { name, variants, kind, country, precision_m, sources } = p.properties;
		const { note, statement, length_km, area_km2 } = p.properties;
		return {
			type: 'Feature',
			id: p.id,
			geometry: p.geometry ? roundGeometry(p.geometry) : null,
			properties: {
				name,
				variants,
				kind,
				country,
				precision_m,
				sources,
				...(note ? { note } : {}),
				...(statement ? { statement } : {}),
				...(length_km !== undefined ? { length_km } : {}),
				...(area_km2 !== undefined ? { area_km2 } : {})
			}
		};
	});
	// Fails the build, naming the place, if the variants name a place the gazetteer lacks.
	buildGazetteerIndex(places, { variants, stoplist });
	return {
		places,
		variants,
		stoplist: stoplist.map(({ name, reason }) => ({ name, reason })),
		spatial: Object.fromEntries(data.spatial)
	};
}

/** What the worker keeps after reading the file. */
export interface LoadedGazetteer {
	index: GazetteerIndex;
	places: ReadonlyMap<string, Place>;
	spatial: ReadonlyMap<string, SpatialFacts>;
	choices: PlaceChoice[];
}

export function loadGazetteer(file: GazetteerFile): LoadedGazetteer {
	if (!Array.isArray(file?.places)) throw new Error('gazetteer.json: expected a list of places');
	const index = buildGazetteerIndex(file.places, {
		variants: file.variants,
		stoplist: file.stoplist
	});
	return {
		index,
		places: new Map(file.places.map((p) => [p.id, p])),
		spatial: new Map(Object.entries(file.spatial ?? {})),
		choices: file.places
			.map((p) => ({ id: p.id, name: p.properties.name, kind: p.properties.kind }))
			.sort((a, b) => a.name.ar.localeCompare(b.name.ar, 'ar'))
	};
}
