import {Box, Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import type {LadderLine, LineKind} from '../diagram/ladder.js';
import {width as displayWidth, sliceColumns, truncate} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {t} from '../i18n/index.js';
import {type Tone, toneColorOf, useDisplay} from './display.js';

type Props = {
	readonly lines: readonly LadderLine[];
	readonly rows: number;
	/** Lines scrolled back from the newest; 0 follows the newest. */
	readonly scroll: number;
	/** The step whose rows are marked and kept in view; null or absent: as `scroll` says. */
	readonly cursor?: number | null;
};

const toneOf = {
	title: 'info',
	segment: undefined,
	auto: 'dim',
	local: 'info',
	rejected: 'bad',
	network: 'info',
} as const satisfies Record<LineKind, Tone | undefined>;

/** Clamp a scroll offset to what the history allows. */
function clampScroll(total: number, rows: number, scroll: number): number {
	return Math.max(0, Math.min(scroll, total - rows));
}

/**
 * Put the scroll marker in the gap between the names, or at the end if the gap is too small. All
 * positions are columns: a Chinese name or marker is twice as wide as it is long.
 */
export function withMarker(names: string, marker: string): string {
	if (marker === '') return names;
	const width = displayWidth(names);
	const markerWidth = displayWidth(marker);
	const start = Math.floor((width - markerWidth) / 2);
	const end = start + markerWidth;
	// The marker and a margin of two columns either side, all of it blank in the names.
	const gap = sliceColumns(names, start - 2, end + 2);
	if (start > 2 && displayWidth(gap) === markerWidth + 4 && gap.trim() === '') {
		return `${sliceColumns(names, 0, start)}${marker}${sliceColumns(names, end)}`;
	}
	return `${truncate(names, Math.max(0, width - markerWidth - 1), '')} ${marker}`;
}

/** The newest `rows` lines of the diagram, or older ones while scrolled back; the names stay on top. */
/** How far back to scroll so that the cursor's rows are in view, near the middle. */
function scrollToCursor(body: readonly LadderLine[], rows: number, cursor: number): number {
	const first = body.findIndex((line) => line.step === cursor);
	if (first < 0) return 0;
	let last = first;
	while (body[last + 1]?.step === cursor) last++;
	const end = Math.min(
		body.length,
		Math.max(last + 1, first + Math.ceil((rows + last - first) / 2)),
	);
	return body.length - end;
}

/** A row under the cursor: a mark just before the left lifeline, where the margin has a space. */
function marked(text: string, lifeline: string, mark: string): string {
	const at = text.indexOf(lifeline);
	return at > 0 && text[at - 1] === ' ' ? `${text.slice(0, at - 1)}${mark}${text.slice(at)}` : text;
}

export default function Ladder({lines, rows, scroll, cursor = null}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const [names, ...body] = lines;
	const bodyRows = rows - 1;
	const back = clampScroll(
		body.length,
		bodyRows,
		cursor === null ? scroll : scrollToCursor(body, bodyRows, cursor),
	);
	const end = body.length - back;
	const visible = body.slice(Math.max(0, end - bodyRows), end);
	const older = end - visible.length;
	const marker =
		back === 0
			? ''
			: older > 0
				? t(lang, 'ui.scrolled', {count: String(older)})
				: t(lang, 'ui.scrolledNewer', {count: String(back)});
	const title = withMarker(names?.text ?? '', display.ascii ? toAscii(marker) : marker);
	return (
		<Box flexDirection="column" height={rows}>
			<Text wrap="truncate" color={toneColorOf(display, 'info')} bold>
				{title}
			</Text>
			{visible.map((line) => {
				const tone = toneOf[line.kind];
				const here = line.step === cursor;
				return (
					<Text
						key={line.id}
						wrap="truncate"
						color={tone ? toneColorOf(display, tone) : undefined}
						bold={here}
						inverse={here && display.color}
					>
						{here ? marked(line.text, display.glyphs.lifeline, display.glyphs.right) : line.text}
					</Text>
				);
			})}
		</Box>
	);
}
