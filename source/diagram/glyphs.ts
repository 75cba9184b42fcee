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
};

const ascii: Glyphs = {
	lifeline: '|',
	line: '-',
	right: '>',
	left: '<',
	cross: 'x',
	tick: '+',
	active: '>',
	ellipsis: '...',
};

export function glyphsFor(useAscii: boolean): Glyphs {
	return useAscii ? ascii : unicode;
}
