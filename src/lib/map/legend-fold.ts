/**
 * Whether the legend starts folded: the map comes first, so the legend opens by itself only where,
 * open, it would cover no more than a fifth of the map, across (its width) and in all (its area).
 * Pure; the map measures.
 *
 * @example legendFolds({ width: 256, height: 330 }, { width: 770, height: 680 }) // true: a third of the width
 */
export const MAX_SHARE = 1 / 5;

export function legendFolds(
	legend: { width: number; height: number },
	map: { width: number; height: number }
): boolean {
	if (map.width <= 0 || map.height <= 0) return true;
	return (
		legend.width > MAX_SHARE * map.width ||
		legend.width * legend.height > MAX_SHARE * map.width * map.height
	);
}
