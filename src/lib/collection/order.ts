/**
 * The collection's order: real articles before fixtures (so the seed article stays first wherever
 * the tests' or a benchmark's articles are added), each newest first, then by slug.
 *
 * @example [fixture2025, seed2022].sort(byCollectionOrder) // [seed2022, fixture2025]
 */
export interface Ordered {
	slug: string;
	published: string;
	fixture?: boolean | 1;
}

export function byCollectionOrder(a: Ordered, b: Ordered): number {
	const fa = a.fixture ? 1 : 0;
	const fb = b.fixture ? 1 : 0;
	if (fa !== fb) return fa - fb;
	const ta = Date.parse(a.published);
	const tb = Date.parse(b.published);
	if (ta !== tb) return tb - ta;
	return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
