/** Written by scripts/bench/floor.ts at build time: the reader's overlay data, markers and frame. */
declare module 'virtual:floor-data' {
	import type { FeatureCollection } from 'geojson';
	const data: {
		overlay: FeatureCollection;
		markers: [number, number][];
		frame: [number, number, number, number] | null;
	};
	export default data;
}
