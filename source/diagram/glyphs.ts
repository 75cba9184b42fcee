// The characters the diagram and the panes draw with: Unicode, or plain ASCII for old terminals.

export type Glyphs = {
	readonly lifeline: string;
	readonly line: string;
	readonly right: string;
	readonly left: string;
	readonly cross: string;
	readonly tick: string;
	readonly active: string;
	readonly ellipsis: string;
	/** Between a state and what it owes: "CLOSE_WAIT · owes ACK of FIN". */
	readonly dot: string;
};

const unicode: Glyphs = {
	lifeline: '│',
	line: '─',
	right: '▶',
	left: '◀',
	cross: '✗',
	tick: '✓',
	active: '▶',
	ellipsis: '…',
	dot: '·',
};

const ascii: Glyphs = {
	lifeline: '|',
	line: '-',
	right: '>',
	left: '<',
	cross: 'x',
	tick: 'OK',
	active: '>',
	ellipsis: '...',
	dot: '-',
};

export function glyphsFor(useAscii: boolean): Glyphs {
	return useAscii ? ascii : unicode;
}

const asciiReplacements: ReadonlyArray<readonly [string, string]> = [
	['→', '->'],
	['←', '<-'],
	['↑', 'Up'],
	['↓', 'Down'],
	['…', '...'],
	['—', '-'],
	['·', '-'],
	['⏎', 'Enter'],
	['▶', '>'],
	['◀', '<'],
	['✓', 'OK'],
	['✗', 'x'],
	['×', 'x'],
	['▼', 'v'],
	['–', '-'],
	['§', 'section '],
	['❯', '>'],
];

/** Running text in plain ASCII, for terminals that cannot show arrows and dashes. */
export function toAscii(text: string): string {
	return asciiReplacements.reduce((result, [from, to]) => result.replaceAll(from, to), text);
}
