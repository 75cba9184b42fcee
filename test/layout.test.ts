import {describe, expect, it} from 'vitest';
import {screenLayout} from '../source/layout.js';

/** Rows a layout uses: header, panes (framed: content + state line + 2 borders), diagram, status, footer. */
function used(layout: Extract<ReturnType<typeof screenLayout>, {fits: true}>): number {
	const panes = layout.panes === 'side' ? layout.paneLines + 3 : 2 * layout.paneLines;
	return 1 + panes + layout.ladderRows + layout.statusRows + 1;
}

describe('screenLayout', () => {
	it('never uses the last row of the terminal, at any size from 40x12 to 200x60', () => {
		for (let columns = 40; columns <= 200; columns += 3) {
			for (let rows = 12; rows <= 60; rows++) {
				for (const statusWanted of [1, 3, 7, 20]) {
					for (const ladderWanted of [2, 5, 40]) {
						for (const hints of [true, false]) {
							const layout = screenLayout(columns, rows, statusWanted, hints, ladderWanted);
							if (!layout.fits) throw new Error(`${columns}x${rows} should fit`);
							expect(used(layout)).toBe(rows - 1);
							// On a small screen the explanation may take the diagram's rows; else three stay.
							expect(layout.ladderRows).toBeGreaterThanOrEqual(rows - 1 >= 19 ? 3 : 0);
							expect(layout.statusRows).toBeGreaterThanOrEqual(1);
						}
					}
				}
			}
		}
	});

	it('compacts the panes before it cuts an explanation, and keeps them whole when it fits', () => {
		const roomy = screenLayout(80, 24, 4, true);
		expect(roomy.fits && roomy.paneLines).toBe(5);
		const long = screenLayout(80, 24, 7, true);
		if (!long.fits) throw new Error('80x24 should fit');
		expect(long.statusRows).toBe(7);
		expect(long.paneLines).toBeLessThan(5);
		expect(long.ladderRows).toBeGreaterThanOrEqual(8);
		// Past what compact panes can free, the explanation is cut, and the panes stay at their least.
		const huge = screenLayout(80, 24, 30, true);
		expect(huge.fits && huge.paneLines).toBe(2);
	});

	it('gives the explanation the rows a short diagram does not need', () => {
		const early = screenLayout(80, 24, 6, true, 3);
		const late = screenLayout(80, 24, 6, true, 40);
		expect(early.fits && late.fits).toBe(true);
		if (early.fits && late.fits) {
			expect(early.statusRows).toBe(6);
			expect(late.ladderRows).toBeGreaterThanOrEqual(8);
		}
	});

	it('stacks the panes below 64 columns and refuses below 40x12', () => {
		expect(screenLayout(63, 24, 1, true)).toMatchObject({fits: true, panes: 'stacked'});
		expect(screenLayout(64, 24, 1, true)).toMatchObject({fits: true, panes: 'side'});
		expect(screenLayout(39, 24, 1, true)).toEqual({fits: false});
		expect(screenLayout(80, 11, 1, true)).toEqual({fits: false});
	});
});
