// How the rows of the terminal are shared out. A frame must stay shorter than the terminal:
// Ink clears the whole screen and scrollback on every render once it reaches the last row.

export const minColumns = 40;
export const minRows = 12;

export type ScreenLayout =
	| {readonly fits: false}
	| {
			readonly fits: true;
			readonly width: number;
			/** Panes side by side with borders, or stacked one line each. */
			readonly panes: 'side' | 'stacked';
			/** Content lines inside each pane (side) or per pane (stacked). */
			readonly paneLines: number;
			readonly ladderRows: number;
			readonly statusRows: number;
	  };

export const sideBySideMinColumns = 64;

/**
 * The rows each part gets, given the size, how many lines the status would like and how many the
 * diagram has. The diagram keeps at least 8 rows (fewer on small screens) once it has that much
 * history; until then the explanation may use the rows it does not need.
 */
export function screenLayout(
	columns: number,
	rows: number,
	statusWanted: number,
	hints: boolean,
	ladderWanted = Number.POSITIVE_INFINITY,
	/** Rows for the strip of segments in flight (manual delivery). */
	strip = 0,
	/** The diagram's fewest rows once it has history; a lesson's words need more room than that. */
	ladderFloor = 8,
	/** The same on a small screen: none, or the names and the row under the cursor. */
	smallFloor = 0,
): ScreenLayout {
	if (columns < minColumns || rows < minRows) return {fits: false};
	const budget = rows - 1;
	const fixed = 2 + strip; // header and footer, and the in-flight strip
	const side = columns >= sideBySideMinColumns;
	// Side by side: two variable lines, what it owes, and up to two lines of valid keys.
	const idealPane = side ? (hints ? 5 : 3) : hints ? 2 : 1;
	// Tall enough for the ideal panes and a useful diagram, or the panes give up detail first.
	const tallest = budget >= 20 ? idealPane : side ? Math.min(idealPane, 2) : 1;
	const rowsFor = (lines: number) => (side ? lines + 3 : 2 * lines);
	// On a small screen the diagram keeps only its names and two rows: the explanation comes first,
	// and the diagram scrolls (its cursor shows any step again).
	const floor = budget >= 19 ? ladderFloor : smallFloor;
	const least = Math.min(3, floor);
	const minLadderFor = (rest: number) => Math.max(least, Math.min(floor, rest - 2, ladderWanted));
	const roomFor = (lines: number) => {
		const rest = budget - fixed - rowsFor(lines);
		return rest - minLadderFor(rest);
	};
	// The explanation is never cut while compacting the panes can make room for it: they give up
	// their variables, then their second line of keys, before the diagram gives up rows.
	let paneLines = tallest;
	while (paneLines > (side ? 2 : 1) && roomFor(paneLines) < statusWanted) paneLines--;
	const rest = budget - fixed - rowsFor(paneLines);
	const minLadder = minLadderFor(rest);
	const statusRows = Math.max(1, Math.min(statusWanted, rest - minLadder));
	return {
		fits: true,
		width: columns,
		panes: side ? 'side' : 'stacked',
		paneLines,
		ladderRows: rest - statusRows,
		statusRows,
	};
}
