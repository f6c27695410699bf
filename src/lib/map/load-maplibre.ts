/**
 * MapLibre (about 1 MB of script), its worker and its stylesheet, loaded once. Called by
 * the client's `init` hook right after the first paint, so that the download and compile overlap
 * hydration, and by StoryMap, which creates the map; whichever comes first starts the fetch.
 */
type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | null = null;

export function loadMaplibre(): Promise<MapLibre> {
	loading ??= Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
		import('maplibre-gl/dist/maplibre-gl.css')
	]).then(([maplibre, worker]) => {
		maplibre.setWorkerUrl(worker.default);
		// Start the worker now (it fetches and compiles its own 150 KB script) rather than when the
		// map is created, after hydration.
		maplibre.prewarm();
		return maplibre;
	});
	return loading;
}
