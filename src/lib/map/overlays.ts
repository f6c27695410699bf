/**
 * The story's own layers, as one GeoJSON source: the article's areas and lines (north-east Syria,
 * the border area), precision halos of approximate points, and for context the border line, the
 * 30 km zone Turkey demanded (hatched) and the towns drawn for orientation. The story's areas, the
 * zone and the markers are labelled in HTML (StoryMap, label-layout.ts); the towns for orientation
 * here, in the page's language. Pure: builds data, layer specs and the hatch image.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { ArticleView } from '../article/view-model';
import type { Lang } from '../i18n';
import { labelField, type LabelMode } from './labels';
import { FONT } from './style';

export const OVERLAY_SOURCE = 'story';
export const HATCH_IMAGE = 'zone-hatch';
/** Invisible boxes where our HTML labels and markers are, so MapLibre's labels keep clear of them. */
export const FOOTPRINT_SOURCE = 'label-footprints';
export const FOOTPRINT_LAYER = 'label-footprints';
export const ORIENTATION_LABELS = 'orientation-labels';

type Role = 'shape' | 'halo' | 'context-zone' | 'context-border' | 'orientation';

export function overlayData(
	view: Pick<ArticleView, 'places' | 'context' | 'orientation'>
): FeatureCollection {
	const features: FeatureCollection['features'] = [];
	const add = (
		role: Role,
		geometry: FeatureCollection['features'][number]['geometry'],
		props: object
	) => features.push({ type: 'Feature', properties: { ...props, role }, geometry });
	for (const c of view.context) {
		const props = { id: c.id, name_ar: c.name.ar, name_en: c.name.en };
		add(c.kind === 'border' ? 'context-border' : 'context-zone', c.geometry, props);
	}
	for (const p of view.places) {
		const props = { id: p.id, kind: p.kind, relation: p.relation };
		if (p.geometry && p.geometry.type !== 'Point') add('shape', p.geometry, props);
		if (p.halo) add('halo', p.halo, props);
	}
	for (const o of view.orientation)
		add(
			'orientation',
			{ type: 'Point', coordinates: o.anchor },
			{ id: o.id, name_ar: o.name.ar, name_en: o.name.en }
		);
	return { type: 'FeatureCollection', features };
}

const role = (r: Role) => ['==', ['get', 'role'], r];
const isShape = (types: string[]) => [
	'all',
	role('shape'),
	['in', ['geometry-type'], ['literal', types]]
];

export const COLORS = {
	zone: '#b45309',
	border: '#7f1d1d',
	area: '#6b4ea0',
	halo: '#a3261b',
	orientation: '#57534e'
};

/** The story's layers, their labels in the page's language (default Arabic) or in both. */
export const overlayLayers = (lang: Lang = 'ar', labels: LabelMode = 'page') =>
	[
		{
			id: 'context-zone',
			type: 'fill',
			source: OVERLAY_SOURCE,
			filter: role('context-zone'),
			paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 }
		},
		{
			id: 'context-zone-edge',
			type: 'line',
			source: OVERLAY_SOURCE,
			filter: role('context-zone'),
			paint: { 'line-color': COLORS.zone, 'line-width': 1, 'line-opacity': 0.7 }
		},
		{
			id: 'story-areas',
			type: 'fill',
			source: OVERLAY_SOURCE,
			filter: isShape(['Polygon', 'MultiPolygon']),
			paint: { 'fill-color': COLORS.area, 'fill-opacity': 0.1 }
		},
		{
			id: 'story-areas-hover',
			type: 'fill',
			source: OVERLAY_SOURCE,
			filter: ['all', role('shape'), ['==', ['get', 'id'], '']],
			paint: { 'fill-color': '#facc15', 'fill-opacity': 0.3 }
		},
		{
			id: 'story-areas-outline',
			type: 'line',
			source: OVERLAY_SOURCE,
			filter: isShape(['Polygon', 'MultiPolygon']),
			paint: { 'line-color': COLORS.area, 'line-width': 1.2, 'line-dasharray': [2, 1.5] }
		},
		{
			id: 'context-border',
			type: 'line',
			source: OVERLAY_SOURCE,
			filter: role('context-border'),
			paint: { 'line-color': COLORS.border, 'line-width': 2.5 }
		},
		{
			id: 'story-lines',
			type: 'line',
			source: OVERLAY_SOURCE,
			filter: isShape(['LineString', 'MultiLineString']),
			paint: { 'line-color': COLORS.border, 'line-width': 3 }
		},
		{
			id: 'story-halos',
			type: 'fill',
			source: OVERLAY_SOURCE,
			filter: role('halo'),
			paint: { 'fill-color': COLORS.halo, 'fill-opacity': 0.15 }
		},
		{
			id: 'story-halos-edge',
			type: 'line',
			source: OVERLAY_SOURCE,
			filter: role('halo'),
			paint: { 'line-color': COLORS.halo, 'line-width': 1, 'line-dasharray': [1, 1] }
		},
		{
			id: 'orientation-dots',
			type: 'circle',
			source: OVERLAY_SOURCE,
			filter: role('orientation'),
			paint: {
				'circle-radius': 3,
				'circle-color': '#fff',
				'circle-stroke-color': COLORS.orientation,
				'circle-stroke-width': 1.5
			}
		},
		{
			id: ORIENTATION_LABELS,
			type: 'symbol',
			source: OVERLAY_SOURCE,
			filter: role('orientation'),
			layout: {
				'text-field': labelField(lang, labels),
				'text-font': [FONT],
				'text-size': 12,
				// Below the dot, or beside or above it when that collides with another label.
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.6,
				'text-optional': true
			},
			paint: { 'text-color': '#3f3a35', 'text-halo-color': '#fff', 'text-halo-width': 1.4 }
		}
	] as LayerSpecification[];

/** The story's layers as the floor of the benchmark draws them (Arabic). */
export const OVERLAY_LAYERS = overlayLayers();

/**
 * The footprints' layer: one transparent icon per HTML label or marker, sized like it
 * (`footprint-<w>x<h>`, see footprintImage), placed first (it is the top layer) and allowed to
 * overlap, so every MapLibre label below keeps clear of it.
 */
export const FOOTPRINT_LAYER_SPEC = {
	id: FOOTPRINT_LAYER,
	type: 'symbol',
	source: FOOTPRINT_SOURCE,
	layout: {
		'icon-image': ['get', 'image'],
		'icon-allow-overlap': true,
		'icon-ignore-placement': false
	},
	paint: { 'icon-opacity': 0 }
} as LayerSpecification;

/** The name of a transparent image of this size, rounded up to 4 px. */
export const footprintImageName = (w: number, h: number) =>
	`footprint-${Math.ceil(w / 4) * 4}x${Math.ceil(h / 4) * 4}`;

/** A transparent image of the size its name says, for `map.addImage`. */
export function footprintImage(name: string) {
	const [width, height] = name.replace('footprint-', '').split('x').map(Number);
	return { width, height, data: new Uint8Array(width * height * 4) };
}

/** Legend entries that switch layers on and off, with the layers each one owns. */
export const LAYER_GROUPS = [
	{
		id: 'zone',
		layers: ['context-zone', 'context-zone-edge'],
		label: { ar: 'المنطقة التي تطالب بها تركيا (30 كم)', en: 'Zone Turkey demanded (30 km)' }
	},
	{
		id: 'border',
		layers: ['context-border', 'story-lines'],
		label: { ar: 'الحدود السورية التركية', en: 'Turkey–Syria border' }
	},
	{
		id: 'areas',
		layers: ['story-areas', 'story-areas-hover', 'story-areas-outline'],
		label: { ar: 'مناطق يذكرها الخبر', en: 'Areas in the story' }
	},
	{
		id: 'halos',
		layers: ['story-halos', 'story-halos-edge'],
		label: { ar: 'دقة الموقع التقريبية', en: 'Approximate location' }
	},
	{
		id: 'orientation',
		layers: ['orientation-dots', ORIENTATION_LABELS],
		label: { ar: 'مدن للاستدلال', en: 'Towns for orientation' }
	}
] as const;

/** Diagonal stripes for the zone's fill, as raw RGBA pixels for `map.addImage`. */
export function hatchImage(size = 8, rgb: [number, number, number] = [180, 83, 9]) {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size < 2;
			data.set(on ? [...rgb, 150] : [0, 0, 0, 0], (y * size + x) * 4);
		}
	return { width: size, height: size, data };
}
