/**
 * The code points an OpenType/TrueType font (SFNT) has glyphs for, read from its `cmap` table:
 * the Unicode subtable in format 12 (full repertoire) or 4 (the Basic Multilingual Plane).
 * Pure; throws on a file that is not an SFNT font or has no Unicode cmap.
 */
export function cmapCodePoints(font: Uint8Array): Set<number> {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tag = view.getUint32(0);
	if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565)
		throw new Error('not an SFNT (TrueType/OpenType) font');
	let cmap = -1;
	for (let i = 0, n = view.getUint16(4); i < n; i++) {
		const record = 12 + 16 * i;
		if (view.getUint32(record) === 0x636d6170) cmap = view.getUint32(record + 8);
	}
	if (cmap < 0) throw new Error('the font has no cmap table');

	const subtables = new Map<string, number>();
	for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
		const record = cmap + 4 + 8 * i;
		const key = `${view.getUint16(record)},${view.getUint16(record + 2)}`;
		subtables.set(key, cmap + view.getUint32(record + 4));
	}
	const full = subtables.get('3,10') ?? subtables.get('0,4') ?? subtables.get('0,6');
	if (full !== undefined && view.getUint16(full) === 12) return format12(view, full);
	const bmp = subtables.get('3,1') ?? subtables.get('0,3') ?? subtables.get('0,4');
	if (bmp !== undefined && view.getUint16(bmp) === 4) return format4(view, bmp);
	throw new Error('the font has no Unicode cmap in format 4 or 12');
}

function format12(view: DataView, at: number): Set<number> {
	const out = new Set<number>();
	for (let i = 0, n = view.getUint32(at + 12); i < n; i++) {
		const group = at + 16 + 12 * i;
		const start = view.getUint32(group);
		const end = view.getUint32(group + 4);
		const glyph = view.getUint32(group + 8);
		for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
	}
	return out;
}

function format4(view: DataView, at: number): Set<number> {
	const out = new Set<number>();
	const segments = view.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const offsets = deltas + 2 * segments;
	for (let s = 0; s < segments; s++) {
		const start = view.getUint16(starts + 2 * s);
		const end = view.getUint16(ends + 2 * s);
		const delta = view.getInt16(deltas + 2 * s);
		const rangeOffset = view.getUint16(offsets + 2 * s);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let glyph: number;
			if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
			else {
				const g = view.getUint16(offsets + 2 * s + rangeOffset + 2 * (c - start));
				glyph = g === 0 ? 0 : (g + delta) & 0xffff;
			}
			if (glyph !== 0) out.add(c);
		}
	}
	return out;
}
