import { describe, expect, it } from 'vitest';
import { legendFolds } from './legend-fold';

const legend = { width: 256, height: 330 };

describe('legendFolds', () => {
	it('folds the legend on the reader at 1440×900 and on a phone', () => {
		expect(legendFolds(legend, { width: 770, height: 680 })).toBe(true);
		expect(legendFolds(legend, { width: 390, height: 700 })).toBe(true);
	});

	it('opens it on a map wide and tall enough that it covers at most a fifth', () => {
		expect(legendFolds(legend, { width: 1400, height: 1100 })).toBe(false);
		// Wide but short: a fifth of the width, more than a fifth of the area.
		expect(legendFolds(legend, { width: 1400, height: 250 })).toBe(true);
	});

	it('folds it on a map not laid out yet', () => {
		expect(legendFolds(legend, { width: 0, height: 0 })).toBe(true);
	});
});
