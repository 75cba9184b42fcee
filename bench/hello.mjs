// The baseline: a bare Ink app drawing what tcp-tui's first screen draws, in outline: a title line,
// two bordered panes side by side with a few lines each, a line of text below and a key line. A key
// counts itself in the left pane; q quits.
import {Box, render, Text, useApp, useInput} from 'ink';
import {createElement as h, useState} from 'react';

function Pane({title, lines}) {
	return h(
		Box,
		{flexDirection: 'column', borderStyle: 'round', flexGrow: 1, flexBasis: 0, paddingX: 1},
		h(Text, {bold: true}, title),
		...lines.map((line) => h(Text, {key: line, wrap: 'truncate-end'}, line)),
	);
}

function Hello() {
	const [count, setCount] = useState(0);
	const {exit} = useApp();
	useInput((input) => (input === 'q' ? exit() : setCount((previous) => previous + 1)));
	return h(
		Box,
		{flexDirection: 'column', width: 80},
		h(Text, {inverse: true}, ' hello  two panes                                     ? help '),
		h(
			Box,
			{flexDirection: 'row'},
			h(Pane, {
				title: 'Left',
				lines: [
					`keys: ${count}`,
					'ISS 3704771147 (for the next one)',
					'no connection',
					'valid now: s · l',
				],
			}),
			h(Pane, {
				title: 'Right',
				lines: ['LISTEN', 'ISS 2677756208  SND.NXT ISS+0', 'IRS —  RCV.NXT —', 'waiting for a SYN'],
			}),
		),
		h(Text, null, 'Left                                                                  Right'),
		h(Text, null, 'CLOSED       │                                                   │ LISTEN'),
		h(Box, {height: 9}),
		h(
			Text,
			{wrap: 'wrap'},
			' Welcome. Press a key to count it; q quits. Tab does nothing here at all.',
		),
		h(Text, {dimColor: true}, ' Tab side  s SYN  a ACK  f FIN  u undo  Esc menu  ? help  q quit'),
	);
}

render(h(Hello), {incrementalRendering: true});
