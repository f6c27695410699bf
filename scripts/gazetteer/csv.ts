/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and newlines inside quotes. */

/**
 * Rows of a CSV text as objects keyed by the header row.
 *
 * @example readCsv('a,b\n1,"x, y"\n') // [{ a: '1', b: 'x, y' }]
 */
export function readCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
	if (!header) return [];
	return body.map((r, n) => {
		if (r.length !== header.length)
			throw new Error(`CSV row ${n + 2}: ${r.length} fields where the header has ${header.length}`);
		return Object.fromEntries(header.map((h, j) => [h, r[j]]));
	});
}
