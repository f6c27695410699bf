import { aggregate } from '$lib/data/load';
import { monthHistogram } from '$lib/collection/filters';

/** Articles written into the page itself, for the first paint and without script. */
const PREVIEW = 20;

// The home page: the filters' choices and the first articles, prerendered; the map and the full
// list come from /collection.json, loaded in the browser.
export function load() {
	const a = aggregate();
	return {
		preview: a.articles.slice(0, PREVIEW).map((x) => ({
			...x,
			outletName: a.outlets[x.outlet].name,
			placeCount: x.places.length
		})),
		total: a.articles.length,
		outlets: a.outlets,
		countries: a.countries,
		months: monthHistogram(a.articles)
	};
}
