/**
 * The layers of the collection map (the home page, a place's page): every place the collection
 * mentions as a circle sized by how many articles mention it, clustered where they are dense
 * (MapLibre's GeoJSON clustering, supercluster inside), a ring on the selected place, and a place's
 * own shape (an area, a line, or the circle of its precision) under them. Pure: data and layer
 * specifications only.
 */
import type { FeatureCollection, Geometry as GeoJsonGeometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { FONT } from './style';

export const COLLECTION_SOURCE = 'collection';
export const SHAPE_SOURCE = 'collection-shape';

export const COLLECTION_LAYER = {
	clusters: 'collection-clusters',
	clusterCount: 'collection-cluster-count',
	points: 'collection-points',
	selected: 'collection-selected',
	labels: 'collection-labels',
	shapeFill: 'collection-shape-fill',
	shapeLine: 'collection-shape-line'
} as const;

/** Clustering: points closer than this many pixels merge, up to this zoom. */
export const CLUSTER = { radius: 44, maxZoom: 8 } as const;

export interface CollectionPoint {
	id: string;
	name: { ar: string; en: string };
	at: [number, number];
	/** Articles that mention it (under the current filters). */
	articles: number;
}

export function pointsData(points: readonly CollectionPoint[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: points.map((p) => ({
			type: 'Feature',
			id: undefined,
			properties: { id: p.id, name_ar: p.name.ar, name_en: p.name.en, articles: p.articles },
			geometry: { type: 'Point', coordinates: p.at }
		}))
	};
}

export function shapeData(shape: GeoJsonGeometry | null): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: shape ? [{ type: 'Feature', properties: {}, geometry: shape }] : []
	};
}

const COLOR = { point: '#a3261b', cluster: '#7c2d12', ring: '#facc15', shape: '#6b4ea0' };

/** A circle's radius in pixels for a number of articles: its area grows with the count. */
const radius = (count: unknown, min: number) => [
	'interpolate',
	['linear'],
	['sqrt', count],
	1,
	min,
	10,
	min * 3.2,
	32,
	min * 5.5
];

export function collectionLayers(lang: 'ar' | 'en'): LayerSpecification[] {
	const isCluster = ['has', 'point_count'];
	return [
		{
			id: COLLECTION_LAYER.shapeFill,
			type: 'fill',
			source: SHAPE_SOURCE,
			filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
			paint: { 'fill-color': COLOR.shape, 'fill-opacity': 0.12 }
		},
		{
			id: COLLECTION_LAYER.shapeLine,
			type: 'line',
			source: SHAPE_SOURCE,
			paint: { 'line-color': COLOR.shape, 'line-width': 2, 'line-dasharray': [2, 1.5] }
		},
		{
			id: COLLECTION_LAYER.clusters,
			type: 'circle',
			source: COLLECTION_SOURCE,
			filter: isCluster,
			paint: {
				'circle-color': COLOR.cluster,
				'circle-opacity': 0.85,
				'circle-radius': radius(['get', 'articles'], 9),
				'circle-stroke-color': '#fff',
				'circle-stroke-width': 2
			}
		},
		{
			id: COLLECTION_LAYER.clusterCount,
			type: 'symbol',
			source: COLLECTION_SOURCE,
			filter: isCluster,
			layout: {
				'text-field': ['to-string', ['get', 'point_count']],
				'text-font': [FONT],
				'text-size': 12,
				'text-allow-overlap': true
			},
			paint: { 'text-color': '#fff' }
		},
		{
			id: COLLECTION_LAYER.selected,
			type: 'circle',
			source: COLLECTION_SOURCE,
			filter: ['all', ['!', isCluster], ['==', ['get', 'id'], '']],
			paint: {
				'circle-color': 'rgba(0,0,0,0)',
				'circle-radius': ['+', radius(['get', 'articles'], 6), 5],
				'circle-stroke-color': COLOR.ring,
				'circle-stroke-width': 4
			}
		},
		{
			id: COLLECTION_LAYER.points,
			type: 'circle',
			source: COLLECTION_SOURCE,
			filter: ['!', isCluster],
			paint: {
				'circle-color': COLOR.point,
				'circle-opacity': 0.85,
				'circle-radius': radius(['get', 'articles'], 6),
				'circle-stroke-color': '#fff',
				'circle-stroke-width': 1.5
			}
		},
		{
			id: COLLECTION_LAYER.labels,
			type: 'symbol',
			source: COLLECTION_SOURCE,
			filter: ['!', isCluster],
			minzoom: 4,
			layout: {
				'text-field': ['get', lang === 'ar' ? 'name_ar' : 'name_en'],
				'text-font': [FONT],
				'text-size': 12,
				'text-offset': [0, 1.1],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': '#3f3a35', 'text-halo-color': '#fff', 'text-halo-width': 1.4 }
		}
	] as LayerSpecification[];
}

/** The filter that rings the selected place ('' selects none). */
export const selectedFilter = (id: string | null) => [
	'all',
	['!', ['has', 'point_count']],
	['==', ['get', 'id'], id ?? '']
];
