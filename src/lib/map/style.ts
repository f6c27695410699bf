/**
 * The embedded, offline MapLibre style: Natural Earth countries and the regional layers of
 * geodata/basemap, served by the site itself, with labels in Arabic or English drawn from
 * self-hosted fonts through the style's `font-faces` (no glyph server). The world beyond the region
 * (WORLD_SOURCES) starts empty: the map fills it when it shows more than the region
 * (basemap-extent.ts). Pure: it only builds the style object.
 */
import type { StyleSpecification } from 'maplibre-gl';
import fonts from '../fonts/fonts.json';
import type { Lang } from '../i18n';
import { labelField, type LabelMode } from './labels';

export const FONT = 'Noto Sans Arabic';

/** Layer and source ids used elsewhere (highlighting a country, tests). */
export const LAYER = {
	countries: 'countries-fill',
	syria: 'syria-fill',
	countryHighlight: 'country-highlight',
	countryLabels: 'country-labels',
	towns: 'towns',
	world: 'world-fill',
	worldHighlight: 'world-highlight',
	worldLabels: 'world-labels'
} as const;

/** The world's countries and their labels, outside the region: empty until the map needs them. */
export const WORLD_SOURCES = {
	'world-countries': 'world-countries',
	'world-country-labels': 'world-country-labels'
} as const;

/** The file of each world source, under the site's /basemap/. */
export const worldSourceUrl = (origin: string, source: keyof typeof WORLD_SOURCES) =>
	`${origin}/basemap/${source}.geojson`;

/**
 * Room kept around the story's frame, in CSS pixels: above it for the map's buttons (zoom, the
 * legend, measuring), below it for the scale and the attribution.
 */
export const FRAME_PADDING = { top: 64, bottom: 48, left: 40, right: 40 };

export const ATTRIBUTION = {
	naturalEarth: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
	ocha: 'Administrative boundaries: © OCHA, COD-AB Syria (2020-12-17)',
	geonames: 'Names: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
	// Short, so that the attribution fits on one line at 1440 px: the link's title says what it gave.
	countryNames:
		'<a href="https://github.com/michaelwittig/node-i18n-iso-countries" title="Country names in Arabic">i18n-iso-countries</a>',
	// The story's places: where the gazetteer's points and names come from (geodata/places/README.md).
	// GeoNames again: the towns' credit above shows only while the region's towns are in view.
	places:
		'Places: <a href="https://www.geonames.org/" title="Cities and towns (CC BY 4.0)">GeoNames</a>, <a href="https://github.com/Open-Syria/data-geography" title="Syria\'s districts and sub-districts (CC BY 4.0)">Open-Syria</a>, <a href="https://cldr.unicode.org/" title="Names of countries and world regions (Unicode licence)">CLDR</a>'
};

export const COLORS = {
	sea: '#dce6ec',
	land: '#f1efe9',
	syria: '#fffdf8',
	border: '#9a958b',
	syriaBorder: '#5f5a52',
	water: '#a9c4d6',
	label: '#55504a',
	highlight: '#a3261b'
};

/** The UI's regular face, subset to the site's characters (scripts/build-fonts.ts): map labels
 * come from the site's own data, so every label's letters, Arabic and Latin, are in it. */
const MAP_FONT = fonts.faces.find((f) => f.id === 'noto-sans-arabic-400')!;

const EMPTY = { type: 'FeatureCollection', features: [] };

export interface StyleOptions {
	/** Absolute URL of the site's root, e.g. location.origin: MapLibre needs absolute URLs for fonts. */
	origin: string;
	/** The page's language, which the labels are drawn in (default Arabic). */
	lang?: Lang;
	/** The page's language only (the default), or both languages. */
	labels?: LabelMode;
}

export function buildStyle({
	origin,
	lang = 'ar',
	labels = 'page'
}: StyleOptions): StyleSpecification {
	const layer = (name: string) => `${origin}/basemap/${name}.geojson`;
	const style = {
		version: 8,
		name: 'Khareeta embedded',
		'font-faces': {
			[FONT]: [{ url: `${origin}/fonts/${MAP_FONT.file}`, 'unicode-range': MAP_FONT.ranges }]
		},
		sources: {
			countries: {
				type: 'geojson',
				data: layer('countries'),
				attribution: `${ATTRIBUTION.naturalEarth} | ${ATTRIBUTION.countryNames}`
			},
			'country-labels': { type: 'geojson', data: layer('country-labels') },
			[WORLD_SOURCES['world-countries']]: { type: 'geojson', data: EMPTY },
			[WORLD_SOURCES['world-country-labels']]: { type: 'geojson', data: EMPTY },
			admin1: { type: 'geojson', data: layer('ocha_syr_admin1'), attribution: ATTRIBUTION.ocha },
			rivers: { type: 'geojson', data: layer('ne10m_rivers_lake_centerlines') },
			lakes: { type: 'geojson', data: layer('ne10m_lakes') },
			towns: {
				type: 'geojson',
				data: layer('ne10m_populated_places'),
				attribution: ATTRIBUTION.geonames
			}
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
			{
				id: LAYER.world,
				type: 'fill',
				source: WORLD_SOURCES['world-countries'],
				paint: { 'fill-color': COLORS.land }
			},
			{
				id: LAYER.countries,
				type: 'fill',
				source: 'countries',
				paint: { 'fill-color': COLORS.land }
			},
			{
				id: LAYER.syria,
				type: 'fill',
				source: 'countries',
				filter: ['==', ['get', 'iso_a2'], 'SY'],
				paint: { 'fill-color': COLORS.syria }
			},
			{
				id: LAYER.countryHighlight,
				type: 'fill',
				source: 'countries',
				filter: ['==', ['get', 'iso_a2'], ''],
				paint: { 'fill-color': COLORS.highlight, 'fill-opacity': 0.12 }
			},
			{
				id: LAYER.worldHighlight,
				type: 'fill',
				source: WORLD_SOURCES['world-countries'],
				filter: ['==', ['get', 'iso_a2'], ''],
				paint: { 'fill-color': COLORS.highlight, 'fill-opacity': 0.12 }
			},
			{
				id: 'admin1-lines',
				type: 'line',
				source: 'admin1',
				paint: { 'line-color': COLORS.border, 'line-width': 0.6, 'line-dasharray': [3, 2] }
			},
			{ id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': COLORS.water } },
			{
				id: 'rivers',
				type: 'line',
				source: 'rivers',
				paint: {
					'line-color': COLORS.water,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 9, 2.5]
				}
			},
			{
				id: 'world-borders',
				type: 'line',
				source: WORLD_SOURCES['world-countries'],
				paint: { 'line-color': COLORS.border, 'line-width': 0.8 }
			},
			{
				id: 'country-borders',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': COLORS.border, 'line-width': 0.8 }
			},
			{
				id: 'syria-border',
				type: 'line',
				source: 'countries',
				filter: ['==', ['get', 'iso_a2'], 'SY'],
				paint: { 'line-color': COLORS.syriaBorder, 'line-width': 1.6 }
			},
			{
				id: LAYER.towns,
				type: 'symbol',
				source: 'towns',
				minzoom: 6,
				layout: {
					'text-field': labelField(lang, labels),
					'text-font': [FONT],
					'text-size': 11,
					'text-offset': [0, 0.6],
					'text-anchor': 'top',
					'text-optional': true
				},
				paint: { 'text-color': COLORS.label, 'text-halo-color': '#fff', 'text-halo-width': 1.2 }
			},
			{
				id: LAYER.worldLabels,
				type: 'symbol',
				source: WORLD_SOURCES['world-country-labels'],
				layout: {
					'text-field': labelField(lang, labels),
					'text-font': [FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 4, 12, 8, 18],
					// Larger countries first where labels compete.
					'symbol-sort-key': ['-', ['coalesce', ['get', 'km2'], 0]],
					'text-max-width': 7
				},
				paint: { 'text-color': '#7b756c', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
			},
			{
				id: LAYER.countryLabels,
				type: 'symbol',
				source: 'country-labels',
				layout: {
					'text-field': labelField(lang, labels),
					'text-font': [FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 4, 12, 8, 18],
					'text-letter-spacing': 0.05,
					'symbol-sort-key': ['-', ['coalesce', ['get', 'km2'], 0]]
				},
				paint: { 'text-color': '#7b756c', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
			}
		]
	};
	return style as unknown as StyleSpecification;
}
