import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

export interface SharedBorderOptions {
	/** Name of the GeometryCollection in `topology.objects`. Default `'countries'` (world-atlas). */
	object?: string;
}

export type BorderLine = Feature<LineString | MultiLineString, { between: [string, string] }>;

/**
 * The border between two polygons of a TopoJSON topology: the arcs that both polygons use
 * (`topojson.mesh` with a filter that matches the pair both ways), each line ordered west→east and
 * the lines sorted by their western end. One contiguous border gives a LineString; a border broken
 * into pieces gives a MultiLineString.
 *
 * Because the arcs are shared, the line lies exactly on both polygons' edges: it is as generalised as
 * the topology (Natural Earth 10m: about 0.5–1.5 km off the real Syria–Turkey border).
 *
 * @example
 * const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'));
 * const border = sharedBorder(topology, '760', '792'); // Syria–Turkey, 181 positions
 */
export function sharedBorder(
	topology: Topology,
	idA: string,
	idB: string,
	options: SharedBorderOptions = {}
): BorderLine {
	const objectName = options.object ?? 'countries';
	if (!topology || topology.type !== 'Topology') {
		throw new Error('sharedBorder: expected a TopoJSON Topology');
	}
	if (idA === idB)
		throw new Error(`sharedBorder: both ids are "${idA}"; expected two different ids`);
	const object = topology.objects[objectName];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`sharedBorder: the topology has no GeometryCollection named "${objectName}"`);
	}
	const ids = new Set(object.geometries.map((g) => String(g.id)));
	for (const id of [idA, idB]) {
		if (!ids.has(id))
			throw new Error(`sharedBorder: no geometry with id "${id}" in "${objectName}"`);
	}

	const isPair = (a: { id?: string | number }, b: { id?: string | number }) => {
		const [x, y] = [String(a.id), String(b.id)];
		return a !== b && ((x === idA && y === idB) || (x === idB && y === idA));
	};
	const lines = mesh(topology, object as GeometryObject, isPair).coordinates;
	if (lines.length === 0) throw new Error(`sharedBorder: "${idA}" and "${idB}" share no border`);

	const ordered = lines.map(westToEast).sort((p, q) => p[0][0] - q[0][0] || p[0][1] - q[0][1]);
	const properties = { between: [idA, idB] as [string, string] };
	return ordered.length === 1
		? { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: ordered[0] } }
		: { type: 'Feature', properties, geometry: { type: 'MultiLineString', coordinates: ordered } };
}

function westToEast(line: Position[]): Position[] {
	const first = line[0];
	const last = line[line.length - 1];
	return first[0] > last[0] ? [...line].reverse() : line;
}
