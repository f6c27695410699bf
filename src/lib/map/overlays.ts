/**
 * The story's own layers: areas (the border zone, north-east Syria), lines (the border) and the
 * precision halos of approximate points, as one GeoJSON source. Pure: builds data and layer specs.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { PlaceView } from '../article/view-model';

export const OVERLAY_SOURCE = 'story';

export function overlayData(places: readonly PlaceView[]): FeatureCollection {
	const features: FeatureCollection['features'] = [];
	for (const p of places) {
		const props = { id: p.id, kind: p.kind, relation: p.relation, name_ar: p.name.ar };
		if (p.geometry && p.geometry.type !== 'Point')
			features.push({
				type: 'Feature',
				properties: { ...props, role: 'shape' },
				geometry: p.geometry
			});
		if (p.halo)
			features.push({ type: 'Feature', properties: { ...props, role: 'halo' }, geometry: p.halo });
	}
	return { type: 'FeatureCollection', features };
}

const isShapeArea = [
	'all',
	['==', ['get', 'role'], 'shape'],
	['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]]
];

export const OVERLAY_LAYERS = [
	{
		id: 'story-areas',
		type: 'fill',
		source: OVERLAY_SOURCE,
		filter: isShapeArea,
		paint: { 'fill-color': '#6b4ea0', 'fill-opacity': 0.12 }
	},
	{
		id: 'story-areas-hover',
		type: 'fill',
		source: OVERLAY_SOURCE,
		filter: ['==', ['get', 'id'], ''],
		paint: { 'fill-color': '#facc15', 'fill-opacity': 0.3 }
	},
	{
		id: 'story-areas-outline',
		type: 'line',
		source: OVERLAY_SOURCE,
		filter: isShapeArea,
		paint: { 'line-color': '#6b4ea0', 'line-width': 1.2, 'line-dasharray': [2, 1.5] }
	},
	{
		id: 'story-lines',
		type: 'line',
		source: OVERLAY_SOURCE,
		filter: [
			'all',
			['==', ['get', 'role'], 'shape'],
			['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]]
		],
		paint: { 'line-color': '#a3261b', 'line-width': 2.5 }
	},
	{
		id: 'story-halos',
		type: 'fill',
		source: OVERLAY_SOURCE,
		filter: ['==', ['get', 'role'], 'halo'],
		paint: { 'fill-color': '#a3261b', 'fill-opacity': 0.15, 'fill-outline-color': '#a3261b' }
	}
] as LayerSpecification[];
