/**
 * The article's places as one RFC 7946 FeatureCollection, for download and for other tools: per
 * place its names, kind, precision, sources, every mention (offsets and quote), and where the
 * article declares the border layer its distance to the Turkish border and whether it lies in the
 * 30 km zone; and the layer's areas (the zone) as features. Places the map cannot show keep
 * `geometry: null`, as GeoJSON allows.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Annotation } from '../data/schema';
import type { ArticleLayers, Place } from '../data/dataset';

export function placesGeoJson(
	annotations: readonly Annotation[],
	data: { places: ReadonlyMap<string, Place> } & ArticleLayers
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
	// The layers' areas (the zone), as context; their lines (the border) are not places to list.
	for (const id of data.context) {
		const zone = data.places.get(id);
		if (!zone || zone.properties.kind === 'border' || ids.includes(id)) continue;
		const p = zone.properties;
		features.push({
			type: 'Feature',
			id,
			geometry: zone.geometry,
			properties: {
				id,
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
