// Aligned plain-text tables, measured in display columns so that CJK names line up.
import {padEnd, padStart, truncate, width} from '../diagram/text.js';
import {printable} from '../printable.js';

export type Column = {
	readonly header: string;
	readonly align: 'left' | 'right';
	/**
	 * This column gives up room, cut with an ellipsis, when the table is wider than the screen; of
	 * several, the widest first.
	 */
	readonly flex?: boolean;
};

const gap = '  ';

/** Text from a student's file must not move the cursor or recolour the teacher's terminal. */
export const plain = printable;

/** Exactly `columns` wide: cut with an ellipsis, or padded. */
function fitTo(line: string, columns: number): string {
	return padEnd(truncate(line, columns), columns);
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** The header and the rows in aligned columns, no line wider than `maxWidth`. */
export function table(
	columns: readonly Column[],
	rows: readonly (readonly string[])[],
	maxWidth: number,
): string[] {
	const lines = [columns.map(({header}) => header), ...rows].map((row) =>
		columns.map((_, index) => plain(row[index] ?? '')),
	);
	const widths = columns.map((_, index) =>
		Math.max(...lines.map((row) => width(row[index] ?? ''))),
	);
	// The widest flexible column gives up a column at a time, down to its header's width.
	const flexible = columns.flatMap((column, index) => (column.flex ? [index] : []));
	const floor = (index: number) =>
		Math.min(widths[index] ?? 0, width(columns[index]?.header ?? ''));
	let excess = sum(widths) + gap.length * (columns.length - 1) - maxWidth;
	while (excess > 0) {
		const widest = flexible
			.filter((index) => (widths[index] ?? 0) > Math.max(1, floor(index)))
			.sort((a, b) => (widths[b] ?? 0) - (widths[a] ?? 0))[0];
		if (widest === undefined) break;
		widths[widest] = (widths[widest] ?? 0) - 1;
		excess--;
	}
	const tableWidth = Math.min(maxWidth, sum(widths) + gap.length * (columns.length - 1));
	return lines.map((row) => {
		const cells = columns.map(({align}, index) => {
			const columnWidth = widths[index] ?? 0;
			const cell = truncate(row[index] ?? '', columnWidth);
			return align === 'right' ? padStart(cell, columnWidth) : padEnd(cell, columnWidth);
		});
		// When even the fixed columns are too wide, the line itself is cut; no blanks trail it.
		return fitTo(cells.join(gap), tableWidth).trimEnd();
	});
}
