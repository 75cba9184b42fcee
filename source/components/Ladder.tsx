import {Box, Text} from 'ink';
import type {LadderLine, LineKind} from '../diagram/ladder.js';
import {t} from '../i18n/index.js';
import {type Tone, toneColorOf, useDisplay} from './display.js';

type Props = {
	readonly lines: readonly LadderLine[];
	readonly rows: number;
	/** Lines scrolled back from the newest; 0 follows the newest. */
	readonly scroll: number;
};

const toneOf = {
	title: 'info',
	segment: undefined,
	auto: 'dim',
	local: 'info',
	rejected: 'bad',
} as const satisfies Record<LineKind, Tone | undefined>;

/** Clamp a scroll offset to what the history allows. */
export function clampScroll(total: number, rows: number, scroll: number): number {
	return Math.max(0, Math.min(scroll, total - rows));
}

/** The newest `rows` lines of the diagram, or older ones while scrolled back; the names stay on top. */
export default function Ladder({lines, rows, scroll}: Props) {
	const display = useDisplay();
	const [names, ...body] = lines;
	const bodyRows = rows - 1;
	const back = clampScroll(body.length, bodyRows, scroll);
	const end = body.length - back;
	const visible = body.slice(Math.max(0, end - bodyRows), end);
	const older = end - visible.length;
	const title =
		back > 0
			? `${names?.text ?? ''}   ${t('ui.scrolled', {count: String(older)})}`
			: (names?.text ?? '');
	return (
		<Box flexDirection="column" height={rows}>
			<Text wrap="truncate" color={toneColorOf(display, 'info')} bold>
				{title}
			</Text>
			{visible.map((line) => {
				const tone = toneOf[line.kind];
				return (
					<Text key={line.id} wrap="truncate" color={tone ? toneColorOf(display, tone) : undefined}>
						{line.text}
					</Text>
				);
			})}
		</Box>
	);
}
