/**
 * The map's own `queryRenderedFeatures`, for the browser tests only. Nothing is exposed unless a
 * test has defined `window.__khareetaTestHook` (an object) before the page's scripts run, with
 * Playwright's `page.addInitScript`; the map then puts its functions on that object. A reader's
 * browser never has it, so production ships this check and no global. (A query flag would have
 * worked too, but anyone could set it in a link; an init script only a test can run.)
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const TEST_HOOK = '__khareetaTestHook';

/** A label MapLibre has drawn: its layer, the text it drew and the feature's properties. */
export interface RenderedLabel {
	layer: string;
	text: string;
	properties: Record<string, unknown>;
}

export interface MapTestHook {
	/** The symbols drawn now (every symbol layer, or those given), with their evaluated text. */
	renderedLabels?: (layers?: string[]) => RenderedLabel[];
	/** Ids of the style's layers, in drawing order. */
	layerIds?: () => string[];
}

/** The text of an evaluated `text-field` (a string or a Formatted value with sections). */
export function formattedText(value: unknown): string {
	if (typeof value === 'string') return value;
	const sections = (value as { sections?: { text: string }[] } | null)?.sections;
	return sections ? sections.map((s) => s.text).join('') : '';
}

/** Gives the tests' hook, if a test set one, this map's functions; returns how to take them back. */
export function exposeToTests(map: MapLibreMap): () => void {
	const hook = (globalThis as Record<string, unknown>)[TEST_HOOK] as MapTestHook | undefined;
	if (!hook || typeof hook !== 'object') return () => {};
	hook.renderedLabels = (layers) => {
		const symbolLayers = (map.getStyle().layers ?? [])
			.filter((l) => l.type === 'symbol')
			.map((l) => l.id);
		return map
			.queryRenderedFeatures({ layers: layers ?? symbolLayers })
			.filter((f) => f.layer.type === 'symbol')
			.map((f) => ({
				layer: f.layer.id,
				text: formattedText(
					(f.layer.layout as Record<string, unknown> | undefined)?.['text-field']
				),
				properties: { ...f.properties }
			}));
	};
	hook.layerIds = () => (map.getStyle().layers ?? []).map((l) => l.id);
	return () => {
		delete hook.renderedLabels;
		delete hook.layerIds;
	};
}
