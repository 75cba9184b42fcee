// Read a rendered frame of the sandbox screen as plain text: the states in the panes, the
// ladder's rows, the status line, and whether the frame fits the terminal it was drawn for.
import stringWidth from 'string-width';

/** The frame, failing the test if nothing has been rendered yet. */
export function frameOf(lastFrame: () => string | undefined): string {
	const frame = lastFrame();
	if (frame === undefined) throw new Error('no frame rendered yet');
	return frame;
}

export function linesOf(frame: string): string[] {
	return frame.split('\n');
}

// Printable ASCII, box drawing and the screen's few symbols: one column each. A line made of these
// alone is as wide as it is long, which spares string-width on the fuzz's thousands of frames.
const narrow = '─━│╔╗╚╝═║╭╮╰╯▶◀✗✓…·—←→↑↓';
const onlyNarrow = new RegExp(`^[\u0020-\u007E${narrow}]*$`, 'u');
for (const character of narrow) {
	if (stringWidth(character) !== 1) throw new Error(`${character} is not one column wide`);
}

/** A line's width in terminal columns (wide and combining characters counted as shown). */
export function columnsOf(line: string): number {
	return onlyNarrow.test(line) ? line.length : stringWidth(line);
}

/** The widest line in terminal columns. */
export function widestLine(frame: string): number {
	return Math.max(0, ...linesOf(frame).map((line) => columnsOf(line)));
}

/** Lines wider than `columns`, with their width, for readable failure messages. */
export function overwideLines(frame: string, columns: number): string[] {
	return linesOf(frame)
		.filter((line) => columnsOf(line) > columns)
		.map((line) => `${columnsOf(line)}: ${line}`);
}

export type PaneStates = {readonly client: string; readonly server: string};

const stateName = '([A-Z][A-Z0-9_]*)';
// Side by side: `│ SYN_SENT      ││ SYN_RECEIVED · owes SYN,ACK │` (or `|` borders in ASCII); what
// a side owes follows its state after a dot (a dash in ASCII).
const owes = '(?: [·-] owes ([^│|]*?))?';
const sideBySide = new RegExp(`^[║│|] ${stateName}${owes} +[║│|][║│|] ${stateName}${owes} +[║│|]$`);
// Stacked: `▶ Client ESTABLISHED  open: …` and `  Server LISTEN  waiting …`.
const stacked = /^(?:▶ |> | {2})(Client|Server) +([A-Z][A-Z0-9_]*)/;

/** The two endpoints' states as the panes show them, side by side or stacked. */
export function paneStates(frame: string): PaneStates {
	const lines = linesOf(frame);
	for (const line of lines) {
		const match = sideBySide.exec(line);
		if (match?.[1] && match[3]) return {client: match[1], server: match[3]};
	}
	let client: string | undefined;
	let server: string | undefined;
	for (const line of lines) {
		const match = stacked.exec(line);
		if (match?.[1] === 'Client') client ??= match[2];
		if (match?.[1] === 'Server') server ??= match[2];
	}
	if (client === undefined || server === undefined) {
		throw new Error(`no pane states in frame:\n${frame}`);
	}
	return {client, server};
}

/**
 * What each side owes as the side-by-side panes show it beside the state ('' when nothing):
 * `SYN_RECEIVED · owes SYN,ACK` gives 'SYN,ACK'.
 */
export function paneOwes(frame: string): PaneStates {
	for (const line of linesOf(frame)) {
		const match = sideBySide.exec(line);
		if (match?.[1] && match[3]) return {client: match[2] ?? '', server: match[4] ?? ''};
	}
	throw new Error(`no side-by-side panes in frame:\n${frame}`);
}

/** 'CLIENT/SERVER', the form the assertions compare. */
export function statePair(frame: string): string {
	const {client, server} = paneStates(frame);
	return `${client}/${server}`;
}

/** Which side the header says the keys act on. */
export function activeSide(frame: string): 'client' | 'server' {
	const header = linesOf(frame)[0] ?? '';
	if (header.includes('Client active')) return 'client';
	if (header.includes('Server active')) return 'server';
	throw new Error(`no active side in header: ${header}`);
}

/** The ladder's title line: the endpoints' names, and the scroll marker while scrolled back. */
export function ladderTitle(frame: string): string {
	const title = linesOf(frame).find((line) => /^Client\b.*(Server|older)/.test(line));
	if (title === undefined) throw new Error(`no ladder title in frame:\n${frame}`);
	return title;
}

// A ladder row: an optional state in the left margin, then the client's lifeline. Pane lines
// start with a border character, so they never match.
// A row under the ladder's cursor has its mark (▶, or > in ASCII) just before the left lifeline.
const ladderRow = /^[A-Z0-9_]*\s+[▶>]?[│|]/;

/** The ladder's rows under the title, the starting states first, as shown (newest last). */
export function ladderRows(frame: string): string[] {
	const lines = linesOf(frame);
	const title = lines.findIndex((line) => /^Client\b.*(Server|older)/.test(line));
	if (title < 0) throw new Error(`no ladder in frame:\n${frame}`);
	const rows: string[] = [];
	for (const line of lines.slice(title + 1)) {
		if (!ladderRow.test(line)) break;
		rows.push(line);
	}
	return rows;
}

/** The rows for moves: the ladder's rows without the starting-states row. */
export function moveRows(frame: string): string[] {
	const rows = ladderRows(frame);
	return /^CLOSED +[│|] +[│|] LISTEN$/.test(rows[0] ?? '') ? rows.slice(1) : rows;
}

/** The newest ladder row in view. */
export function lastRow(frame: string): string {
	const rows = ladderRows(frame);
	const last = rows.at(-1);
	if (last === undefined) throw new Error(`empty ladder in frame:\n${frame}`);
	return last;
}

/**
 * The status line's text, its wrapped lines joined by single spaces: the lines just above the
 * footer that start with one space and then text. Blank rows under the text are passed over (the
 * status keeps the rows of an "On Linux" note that gave way to the explanation).
 */
export function statusText(frame: string): string {
	const lines = linesOf(frame).slice(0, -1);
	let end = lines.length;
	while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
	const status: string[] = [];
	for (let index = end - 1; index >= 0; index--) {
		const line = lines[index] ?? '';
		if (!/^ \S/.test(line)) break;
		status.unshift(line.trim());
	}
	return status.join(' ');
}

/** The header: the frame's first line. */
export function header(frame: string): string {
	return linesOf(frame)[0] ?? '';
}

/** The footer: the frame's last line. */
export function footer(frame: string): string {
	return linesOf(frame).at(-1) ?? '';
}

/** A frame's lines, or a terminal's rows as tmux captured them, taken as they are. */
function rowsOf(screen: string | readonly string[]): readonly string[] {
	return typeof screen === 'string' ? linesOf(screen) : screen;
}

/** A frame's (or tmux rows') words with the wrapping undone, to find a wrapped sentence in. */
export function words(screen: string | readonly string[]): string {
	return rowsOf(screen)
		.map((row) => row.trim())
		.join(' ')
		.replaceAll(/\s+/g, ' ');
}

/** The selected line of a picker or a quiz question: the one marked ▶ (empty when none is). */
export function selected(screen: string | readonly string[]): string {
	return rowsOf(screen).find((row) => row.startsWith('▶ ')) ?? '';
}

/**
 * Characters other than printable ASCII and newlines, for the ASCII mode's checks: anything
 * beyond 7 bits, and control characters such as a stray escape sequence's ESC.
 */
export function nonAscii(frame: string): string[] {
	return frame.match(/[^\n\u0020-\u007E]/gu) ?? [];
}
