// Aligned plain-text tables, measured in display columns so that CJK names line up.
import {padEnd, padStart, truncate, width} from '../diagram/text.js';

export type Column = {
	readonly header: string;
	readonly align: 'left' | 'right';
	/** This column gives up room, cut with an ellipsis, when the table is wider than the screen. */
	readonly flex?: boolean;
};

const gap = '  ';

/** Text from a student's file must not move the cursor or recolour the teacher's terminal. */
export function plain(text: string): string {
	return text.replaceAll(/\p{Cc}+/gu, ' ').replaceAll(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/** Exactly `columns` wide: cut with an ellipsis, or padded. */
function fitTo(line: string, columns: number): string {
	return padEnd(truncate(line, columns), columns);
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** The header and the rows, every line the same width, no wider than `maxWidth`. */
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
	const natural = sum(widths) + gap.length * (columns.length - 1);
	const flex = columns.findIndex((column) => column.flex);
	const flexWidth = widths[flex];
	if (natural > maxWidth && flexWidth !== undefined) {
		widths[flex] = Math.max(1, flexWidth - (natural - maxWidth));
	}
	const tableWidth = Math.min(maxWidth, sum(widths) + gap.length * (columns.length - 1));
	return lines.map((row) => {
		const cells = columns.map(({align}, index) => {
			const columnWidth = widths[index] ?? 0;
			const cell = truncate(row[index] ?? '', columnWidth);
			return align === 'right' ? padStart(cell, columnWidth) : padEnd(cell, columnWidth);
		});
		// When even the fixed columns are too wide, the line itself is cut.
		return fitTo(cells.join(gap), tableWidth);
	});
}
