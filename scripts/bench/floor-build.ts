/**
 * Builds the floor page (scripts/bench/floor/) with Vite into a folder: MapLibre and the reader's
 * own style (`buildStyle`) and overlays (`overlayData` + `OVERLAY_LAYERS`), with as many markers as
 * the reader and the same frame, computed here in Node from the seed article and bundled as data.
 * No Svelte and no application code reach the page.
 */
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { articleView } from '../../src/lib/article/view-model';
import { viewFrame } from '../../src/lib/article/view-frame';
import { buildDataset } from '../../src/lib/data/dataset';
import { overlayData } from '../../src/lib/map/overlays';
import { readDataFiles, ROOT } from '../lib-files';

export const SEED = 'us-pauses-isis-operations-2022-12-03';

/** What the reader's StoryMap puts on the map for the seed article. */
export function floorData(slug = SEED) {
	const data = buildDataset(readDataFiles());
	const found = data.articles.get(slug);
	if (!found) throw new Error(`No article "${slug}" in geodata/articles`);
	const view = articleView(found.article, found.annotations, data.places, {
		spatial: found.layers.spatial,
		context: found.layers.context
	});
	const located = view.places.filter((p) => p.anchor);
	const { frame } = viewFrame(view);
	return {
		overlay: overlayData(view),
		markers: located.map((p) => p.anchor!),
		frame
	};
}

/** Bundles the floor into `outDir`, to be served at `/floor/` beside the built site. */
export async function buildFloor(outDir: string): Promise<{ markers: number }> {
	const data = floorData();
	const virtual: Plugin = {
		name: 'floor-data',
		resolveId: (id) => (id === 'virtual:floor-data' ? '\0floor-data' : null),
		load: (id) => (id === '\0floor-data' ? `export default ${JSON.stringify(data)};` : null)
	};
	await build({
		configFile: false,
		root: path.join(ROOT, 'scripts/bench/floor'),
		base: '/floor/',
		logLevel: 'warn',
		plugins: [virtual],
		build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 }
	});
	return { markers: data.markers.length };
}
