import {Box, Text} from 'ink';
import {type Tone, toneColorOf, useDisplay} from './display.js';

type Props = {
	/** Already wrapped to the width and cut to the rows available. */
	readonly lines: readonly string[];
	readonly tone: Tone;
	readonly rows: number;
};

/** Why the last move did what it did, in full sentences. */
export default function StatusLine({lines, tone, rows}: Props) {
	const display = useDisplay();
	return (
		<Box flexDirection="column" height={rows}>
			{lines.slice(0, rows).map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is its position in the text
				<Text key={index} color={toneColorOf(display, tone)} wrap="truncate">
					{line}
				</Text>
			))}
		</Box>
	);
}
