// Hydration waits for the first paint, so the prerendered article text reaches the screen without
// waiting for Svelte to hydrate it. Then, if the page shows a map (the reader on a wide screen;
// on a phone the map is hidden until asked for), MapLibre's download starts at once and overlaps
// hydration; StoryMap picks up the same download.
import type { ClientInit } from '@sveltejs/kit';
import { loadMaplibre } from '$lib/map/load-maplibre';
import { afterFirstPaint } from '$lib/ui/first-paint';
import { isShown } from '$lib/ui/shown';

export const init: ClientInit = async () => {
	await afterFirstPaint();
	performance.mark('khareeta:hydration');
	const map = document.querySelector<HTMLElement>('[data-map-state]');
	if (map && isShown(map)) void loadMaplibre();
};
