// The sandbox for a screen reader: sentences in reading order, with no boxes or arrows to spell out.
import {Box, Text} from 'ink';
import {segmentLabel} from '../diagram/ladder.js';
import {fitParagraphs, wrap} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, t} from '../i18n/index.js';
import {validOptions} from '../tcp/machine.js';
import type {Session} from '../tcp/session.js';
import {situationOf} from '../tcp/situation.js';
import {type Side, sides} from '../tcp/states.js';
import {useDisplay} from './display.js';
import {hintText} from './pane-text.js';

type Props = {
	/** The session as the student made it (a guide's setup left out). */
	readonly session: Session;
	/** The side the keys act on. */
	readonly active: Side;
	readonly absolute: boolean;
	/** Lesson or challenge name, or the sandbox's. */
	readonly title: string;
	/** What the status line says: the last verdict and why. */
	readonly status: string;
	readonly width: number;
	/** The frame stays shorter than the terminal; the verdict's explanation gives up rows first. */
	readonly rows: number;
};

function lastSegment(lang: Language, session: Session, absolute: boolean): string {
	for (const step of [...session.steps].reverse()) {
		const happening = [...step.result.happenings].reverse().find(({segment}) => segment !== null);
		if (happening?.segment) {
			const {phase} = happening;
			const passage =
				phase === 'lost' || phase === 'sent' || phase === 'duplicated'
					? t(lang, `reader.passage.${phase}`)
					: '';
			return t(lang, 'reader.segment', {
				me: happening.segment.from,
				peer: happening.segment.to,
				label: segmentLabel({...happening, segment: happening.segment}, absolute),
				passage,
			});
		}
	}
	return t(lang, 'reader.noSegment');
}

export default function ScreenReaderView({
	session,
	active,
	absolute,
	title,
	status,
	width,
	rows,
}: Props) {
	const lang = useLanguage();
	const {ellipsis} = useDisplay().glyphs;
	const before = [
		t(lang, 'reader.where', {title, me: active}),
		...sides.map((side) => {
			const endpoint = session.connection[side];
			const options = validOptions(session.connection, side);
			return t(lang, 'reader.endpoint', {
				me: side,
				state: endpoint.state,
				situation: t(lang, situationOf(endpoint), {me: side}),
				keys: hintText(lang, endpoint, options, t(lang, 'explain.separator')),
			});
		}),
		lastSegment(lang, session, absolute),
		session.network === 'manual'
			? t(lang, 'reader.inFlight', {count: session.inFlight.length})
			: '',
	]
		.filter(Boolean)
		.flatMap((line) => wrap(line, width));
	const keys = wrap(t(lang, 'reader.keys'), width);
	const room = rows - 1 - before.length - keys.length;
	const shown =
		room > 0
			? fitParagraphs(
					status.split('\n').map((paragraph) => wrap(paragraph, width)),
					room,
					width,
					ellipsis,
				)
			: [];
	const lines = [...before, ...shown, ...keys].slice(0, Math.max(1, rows - 1));
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: the lines are in a fixed order
				<Text key={index}>{line}</Text>
			))}
		</Box>
	);
}
