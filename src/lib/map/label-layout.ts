/**
 * Lays out the labels we draw as HTML on the map, whenever the map has moved: measures them,
 * projects their candidate positions, lets `placeLabels` choose (collision detection in screen
 * pixels), then moves each area's and the zone's label to its chosen site, on one line or, where
 * that does not fit, wrapped on two; puts each marker's name on its chosen side; folds an area that
 * fits nowhere to a small badge and hides a name that fits nowhere. Returns the footprints of everything it placed (and of the markers) for MapLibre's own
 * labels to keep clear of.
 *
 * Reads the DOM twice (labels unwrapped, then wrapped), then writes it once: a layout costs two
 * reflows.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { footprintImageName } from './overlays';
import { besideMarker, boxAround, placeLabels, type Box, type LabelRequest } from './place-labels';

export interface HtmlLabel {
	id: string;
	/**
	 * `area`: the marker's element is the label, moved to one of `sites` (folds to a badge where
	 * none is free); `zone`: the same, hidden where none is free; `point`: `label` is a name beside
	 * the marker, hidden where no side is free.
	 */
	kind: 'area' | 'zone' | 'point';
	marker: Marker;
	/** The element whose box is the label: the marker's element for areas and zones. */
	label: HTMLElement;
	/** Where an area's or a zone's label may sit, most preferred first (lngLat). */
	sites: [number, number][];
}

/** Size of an area folded to a badge, in CSS pixels (MapLegend's swatch of an area). */
export const BADGE = { w: 16, h: 16 };

const relative = (r: DOMRect, origin: DOMRect): Box => ({
	x0: r.left - origin.left,
	y0: r.top - origin.top,
	x1: r.right - origin.left,
	y1: r.bottom - origin.top
});

/** `data-label` values the stylesheet reads: on one line, on two, folded, not shown. */
export type LabelState = 'placed' | 'wrapped' | 'badge' | 'hidden';

export function layoutLabels(
	map: MapLibreMap,
	container: HTMLElement,
	labels: readonly HtmlLabel[],
	{ dir, avoid = [] }: { dir: 'ltr' | 'rtl'; avoid?: readonly Element[] }
): FeatureCollection {
	const shown = labels.filter((l) => !l.marker.getElement().hidden);
	const areas = shown.filter((l) => l.kind !== 'point');
	const size = (el: HTMLElement) => ({ w: el.offsetWidth, h: el.offsetHeight });
	// Write, read: every area's and the zone's label wrapped, then on one line.
	for (const l of areas) l.label.dataset.label = 'wrapped';
	const wrapped = new Map(areas.map((l) => [l, size(l.label)]));
	for (const l of areas) l.label.dataset.label = 'placed';
	const sizes = shown.map((l) => size(l.label));
	const origin = container.getBoundingClientRect();
	const bounds: Box = { x0: 0, y0: 0, x1: origin.width, y1: origin.height };
	const markers = shown
		.filter((l) => l.kind === 'point')
		.map((l) => {
			const el = l.marker.getElement();
			const at = map.project(l.marker.getLngLat());
			return { at, w: el.offsetWidth, h: el.offsetHeight };
		});
	const obstacles = [
		...markers.map((m) => boxAround(m.at.x, m.at.y, m.w, m.h)),
		...avoid.map((el) => relative(el.getBoundingClientRect(), origin))
	];
	let point = 0;
	/** The states of an area's label, in the order of its sizes. */
	const STATES: LabelState[] = ['placed', 'wrapped', 'badge'];
	const requests: (LabelRequest & { sides?: string[]; centre?: { x: number; y: number } })[] =
		shown.map((l, i) => {
			if (l.kind !== 'point')
				return {
					sizes: [sizes[i], wrapped.get(l)!, ...(l.kind === 'area' ? [BADGE] : [])],
					at: l.sites.map((s) => map.project(s))
				};
			const m = markers[point++];
			const beside = besideMarker(m.at, Math.max(m.w, m.h) / 2, sizes[i], dir);
			return { sizes: [sizes[i]], at: beside, sides: beside.map((b) => b.side), centre: m.at };
		});
	const placements = placeLabels(requests, { obstacles, bounds });
	// Write.
	const footprints: FeatureCollection = { type: 'FeatureCollection', features: [] };
	const footprint = (x: number, y: number, w: number, h: number) => {
		const at = map.unproject([x, y]);
		footprints.features.push({
			type: 'Feature',
			properties: { image: footprintImageName(w, h) },
			geometry: { type: 'Point', coordinates: [at.lng, at.lat] }
		});
	};
	for (const m of markers) footprint(m.at.x, m.at.y, m.w, m.h);
	shown.forEach((l, i) => {
		const p = placements[i];
		const r = requests[i];
		if (l.kind === 'point') {
			// The name's centre, from the marker's centre (its element's), where it was placed or,
			// if nowhere, where it shows on hover.
			const at = r.at[p?.index ?? 0];
			l.label.dataset.side = p ? r.sides![p.index] : 'none';
			l.label.style.transform = `translate(calc(-50% + ${at.x - r.centre!.x}px), calc(-50% + ${at.y - r.centre!.y}px))`;
			if (p) footprint(at.x, at.y, r.sizes[0].w, r.sizes[0].h);
			return;
		}
		l.label.dataset.label = p ? STATES[p.size] : l.kind === 'area' ? 'badge' : 'hidden';
		const site = l.sites[p?.index ?? 0];
		if (site) l.marker.setLngLat(site);
		if (p) footprint(r.at[p.index].x, r.at[p.index].y, r.sizes[p.size].w, r.sizes[p.size].h);
	});
	return footprints;
}
