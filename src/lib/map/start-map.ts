/**
 * How both map components start their MapLibre map: after the page's text has painted and once
 * the map is shown (on a phone it may be folded away), with MapLibre loaded once for the page, and
 * with the same limits and controls. Only what differs is passed in: the style (which may need
 * MapLibre or a fetch first), the first view, a fullscreen button.
 */
import type {
	LngLatBoundsLike,
	Map as MapLibreMap,
	PaddingOptions,
	StyleSpecification
} from 'maplibre-gl';
import { afterFirstPaint } from '$lib/ui/first-paint';
import { whenShown } from '$lib/ui/shown';
import { loadMaplibre } from './load-maplibre';

type MapLibre = typeof import('maplibre-gl');

export interface StartOptions {
	/** The style, made once MapLibre is loaded (it may fetch: the online basemap's check). */
	style: () => StyleSpecification | Promise<StyleSpecification>;
	/** The first view, asked for right before the map is made; undefined leaves it to the style. */
	bounds: () => LngLatBoundsLike | undefined;
	/** Room kept around `bounds`, in pixels (per side, or the same on all). */
	padding: number | PaddingOptions;
	/** A fullscreen button under the zoom buttons. */
	fullscreen?: boolean;
}

/**
 * The started map and MapLibre itself, or null when the component went away meanwhile (`gone`
 * is asked after each wait).
 */
export async function startMap(
	container: HTMLElement,
	gone: () => boolean,
	{ style, bounds, padding, fullscreen = false }: StartOptions
): Promise<{ maplibre: MapLibre; map: MapLibreMap } | null> {
	// The text first: MapLibre (about 1 MB of script) is fetched only after the page has painted,
	// and on a phone only once the map is shown.
	await afterFirstPaint();
	await whenShown(container);
	if (gone()) return null;
	const maplibre = await loadMaplibre();
	if (gone()) return null;
	const resolved = await style();
	if (gone()) return null;
	const map = new maplibre.Map({
		container,
		style: resolved,
		bounds: bounds(),
		// A story of one place is shown with its surroundings, not at street level.
		fitBoundsOptions: { padding, maxZoom: 8 },
		maxZoom: 12,
		attributionControl: { compact: false },
		// The canvas can be read back: the exports draw it into an image.
		canvasContextAttributes: { preserveDrawingBuffer: true }
	});
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-left');
	if (fullscreen) map.addControl(new maplibre.FullscreenControl(), 'top-left');
	map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
	return { maplibre, map };
}

/** The message to show when the map fails before it has loaded (no WebGL, a broken style). */
export function mapErrorMessage(e: { error?: { message?: string } }): string {
	return String(e.error?.message ?? 'map error');
}
