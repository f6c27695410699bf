/**
 * The places a text mentions as an RFC 7946 FeatureCollection, for a map or a GIS: one feature per
 * place, its id the place's, its point the place's location (a point on an area, the middle of a
 * line), with its names, kind, country, the geoparser's confidence, its box when it is an area,
 * its precision and sources, and every mention as UTF-16 offsets into the text. Pure.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../data/dataset';
import { anchorPoint } from '../geo/anchor-point';
import { geometryBox } from '../geo/geometry-box';
import type { Mention } from './geoparse';

export interface FoundPlaceProperties {
	name: { ar: string; en: string };
	kind: string;
	country: string | null;
	/** The highest confidence among its mentions. */
	confidence: number;
	/** For an area: its extent [west, south, east, north]. */
	bbox?: [number, number, number, number];
	precision_m: number | null;
	sources: string[];
	mentions: { start: number; end: number; exact: string; confidence: number }[];
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** The bbox of a geometry's positions, for an area drawn as a polygon. */
function boxOf(geometry: NonNullable<Place['geometry']>): [number, number, number, number] | null {
	if (geometry.type === 'Point') return null;
	const box = geometryBox(geometry.coordinates);
	return box && [round(box[0]), round(box[1]), round(box[2]), round(box[3])];
}

/**
 * @example
 * placesFound('وصلوا إلى القامشلي', geoparse(text, index), places)
 * // { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'qamishli', geometry: { type: 'Point', … },
 * //   properties: { name: { ar: 'القامشلي', en: 'Qamishli' }, …, mentions: [{ start: 10, end: 18, exact: 'القامشلي', … }] } }] }
 */
export function placesFound(
	text: string,
	mentions: readonly Mention[],
	places: ReadonlyMap<string, Place>
): FeatureCollection<Point | null, FoundPlaceProperties> {
	const byPlace = new Map<string, Mention[]>();
	for (const m of mentions) byPlace.set(m.place, [...(byPlace.get(m.place) ?? []), m]);
	const features: Feature<Point | null, FoundPlaceProperties>[] = [];
	for (const [id, ms] of byPlace) {
		const place = places.get(id);
		if (!place) throw new Error(`placesFound: "${id}" is not a place of the gazetteer`);
		const { name, kind, country, precision_m, sources } = place.properties;
		const g = place.geometry;
		const bbox = place.bbox ?? (g ? boxOf(g) : null);
		const [lon, lat] = g ? anchorPoint(g) : [0, 0];
		features.push({
			type: 'Feature',
			id,
			geometry: g ? { type: 'Point', coordinates: [round(lon), round(lat)] } : null,
			properties: {
				name,
				kind,
				country,
				confidence: Math.max(...ms.map((m) => m.confidence)),
				...(bbox ? { bbox: [bbox[0], bbox[1], bbox[2], bbox[3]] } : {}),
				precision_m,
				sources,
				mentions: ms.map((m) => ({
					start: m.start,
					end: m.end,
					exact: text.slice(m.start, m.end),
					confidence: m.confidence
				}))
			}
		});
	}
	return { type: 'FeatureCollection', features };
}
