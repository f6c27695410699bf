/**
 * The floor: MapLibre alone, with the reader's style, overlays and marker count, and no application
 * code (no Svelte, no article). Loaded eagerly; sized like the reader's map (`?w=&h=` in CSS px).
 * Sets `data-map-state="ready"` on the same condition as StoryMap: everything added, then idle.
 */
import {
	FullscreenControl,
	Map,
	Marker,
	NavigationControl,
	ScaleControl,
	setWorkerUrl
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import data from 'virtual:floor-data';
import {
	hatchImage,
	HATCH_IMAGE,
	OVERLAY_LAYERS,
	OVERLAY_SOURCE
} from '../../../src/lib/map/overlays';
import { buildStyle, FRAME_PADDING, LAYER } from '../../../src/lib/map/style';

const container = document.getElementById('map')!;
const q = new URLSearchParams(location.search);
container.style.width = `${q.get('w') ?? 800}px`;
container.style.height = `${q.get('h') ?? 800}px`;

setWorkerUrl(workerUrl);
const map = new Map({
	container,
	style: buildStyle({ origin: location.origin }),
	bounds: data.frame ?? undefined,
	fitBoundsOptions: { padding: FRAME_PADDING, maxZoom: 8 },
	maxZoom: 12,
	attributionControl: { compact: false },
	canvasContextAttributes: { preserveDrawingBuffer: true }
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
map.addControl(new FullscreenControl(), 'top-left');
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
map.on('load', () => {
	map.addImage(HATCH_IMAGE, hatchImage());
	map.addSource(OVERLAY_SOURCE, { type: 'geojson', data: data.overlay });
	const before = map.getLayer(LAYER.countryLabels) ? LAYER.countryLabels : undefined;
	for (const layer of OVERLAY_LAYERS) map.addLayer(layer, before);
	for (const at of data.markers) {
		const el = document.createElement('button');
		el.style.cssText =
			'width:22px;height:22px;border-radius:50%;border:2px solid #fff;background:#a3261b';
		new Marker({ element: el, anchor: 'center' }).setLngLat(at).addTo(map);
	}
	map.once('idle', () => container.setAttribute('data-map-state', 'ready'));
});
