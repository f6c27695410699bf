/**
 * The article's places as one RFC 7946 FeatureCollection, for download and for other tools: per
 * place its names, kind, precision, sources, every mention (offsets and quote), its distance to the
 * Turkish border and whether it lies in the 30 km zone; and the zone itself as a feature. Places the
 * map cannot show keep `geometry: null`, as GeoJSON allows.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Annotation } from '../data/schema';
import type { Dataset } from '../data/dataset';

export const ZONE_ID = 'turkey-syria-border-zone';

export function placesGeoJson(
	annotations: readonly Annotation[],
	data: Pick<Dataset, 'places' | 'spatial'>
): FeatureCollection<Geometry | null> {
	const ids = [...new Set(annotations.map((a) => a.body.source))];
	const features: FeatureCollection<Geometry | null>['features'] = ids.map((id) => {
		const place = data.places.get(id)!;
		const p = place.properties;
		const facts = data.spatial.get(id);
		const mine = annotations.filter((a) => a.body.source === id);
		return {
			type: 'Feature',
			id,
			geometry: place.geometry,
			properties: {
				id,
				name_ar: p.name.ar,
				name_en: p.name.en,
				variants_ar: p.variants.ar,
				variants_en: p.variants.en,
				kind: p.kind,
				country: p.country,
				precision_m: p.precision_m,
				sources: p.sources,
				relation: mine.some((a) => a.relation === 'named') ? 'named' : 'inferred',
				mentions: mine.map((a) => ({
					id: a.id.replace(/^#/, ''),
					start: a.target.selector[0].start,
					end: a.target.selector[0].end,
					exact: a.target.selector[1].exact,
					relation: a.relation
				})),
				border_distance_km: facts?.border_distance_km ?? null,
				in_zone: facts ? facts.in_zone : null
			}
		};
	});
	const zone = data.places.get(ZONE_ID);
	if (zone && !ids.includes(ZONE_ID)) {
		const p = zone.properties;
		features.push({
			type: 'Feature',
			id: ZONE_ID,
			geometry: zone.geometry,
			properties: {
				id: ZONE_ID,
				name_ar: p.name.ar,
				name_en: p.name.en,
				kind: p.kind,
				precision_m: p.precision_m,
				sources: p.sources,
				area_km2: p.area_km2 ?? null,
				statement_en: p.statement?.en ?? null,
				statement_ar: p.statement?.ar ?? null,
				relation: 'context',
				mentions: []
			}
		});
	}
	return { type: 'FeatureCollection', features };
}
