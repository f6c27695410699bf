/**
 * Deterministic text for GeoJSON outputs of the build scripts, so that a re-run gives the same bytes
 * and a diff shows what changed.
 */
import type { FeatureCollection } from 'geojson';

/** One feature per line: compact, and a diff still names the feature that changed. */
export function featurePerLine(collection: FeatureCollection): string {
	const lines = collection.features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Tab-indented JSON (as in geodata/places) with each [lon, lat] position kept on one line. */
export function indented(value: unknown): string {
	const text = JSON.stringify(value, null, '\t');
	return text.replace(/\[\n\t+(-?[\d.e+-]+),\n\t+(-?[\d.e+-]+)\n\t+\]/g, '[$1, $2]') + '\n';
}
