/**
 * The optional online basemap (build-time setting PUBLIC_BASEMAP_STYLE_URL). A URL with `{z}` is a
 * raster tile template drawn under the embedded layers; any other URL is a MapLibre style whose
 * layers replace the embedded basemap. Either way the story's overlays and markers go on top, and if
 * it fails the embedded style is used. Pure: builds styles only.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { LAYER } from './style';

export const ONLINE_SOURCE = 'online-basemap';

export type OnlineBasemap = { kind: 'raster'; url: string } | { kind: 'style'; url: string };

export function parseBasemapSetting(value: string | undefined | null): OnlineBasemap | null {
	const url = value?.trim();
	if (!url) return null;
	if (!/^https?:\/\//.test(url)) return null;
	return url.includes('{z}') ? { kind: 'raster', url } : { kind: 'style', url };
}

/** The embedded style with a raster basemap under its borders and labels (land fills made faint). */
export function withRasterBasemap(embedded: StyleSpecification, tiles: string): StyleSpecification {
	const layers = embedded.layers.flatMap((l) => {
		if (l.id === 'sea')
			return [l, { id: ONLINE_SOURCE, type: 'raster' as const, source: ONLINE_SOURCE }];
		if (l.id === LAYER.countries || l.id === LAYER.syria || l.id === LAYER.world)
			return [{ ...l, paint: { ...(l.paint ?? {}), 'fill-opacity': 0.25 } } as typeof l];
		return [l];
	});
	return {
		...embedded,
		sources: {
			...embedded.sources,
			[ONLINE_SOURCE]: {
				type: 'raster',
				tiles: [tiles],
				tileSize: 256,
				attribution: new URL(tiles.replace(/\{[a-z]\}/g, '0')).host
			}
		},
		layers
	};
}

/** A downloaded style, keeping our font-faces so the story's Arabic labels still draw offline. */
export function withOnlineStyle(
	embedded: StyleSpecification,
	online: StyleSpecification
): StyleSpecification {
	const faces = (embedded as unknown as Record<string, unknown>)['font-faces'];
	return { ...online, ...(faces ? { 'font-faces': faces } : {}) } as StyleSpecification;
}
