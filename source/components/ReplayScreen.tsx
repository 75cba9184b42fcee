// A captured connection played one segment at a time on a sandbox-like screen: both ends' states
// as the engine infers them, the ladder with each row's capture time, why each segment did what
// it did, what the capture shows beyond the model, and where the engine could not follow.
import {Box, Text} from 'ink';
import {useMemo, useReducer} from 'react';
import {type Command, screenFooterItems, scrollBy} from '../commands.js';
import {toAscii} from '../diagram/glyphs.js';
import {type LadderLine, ladderLines} from '../diagram/ladder.js';
import {
	width as displayWidth,
	fitParagraphs,
	padEnd,
	padStart,
	truncate,
	wrap,
} from '../diagram/text.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, t} from '../i18n/index.js';
import {screenLayout} from '../layout.js';
import type {Replay} from '../replay/infer.js';
import {addressText} from '../replay/packet.js';
import {
	detailText,
	endText,
	eventsSummary,
	introText,
	millis,
	notesText,
} from '../replay/replay-text.js';
import {explain} from '../tcp/explain.js';
import type {Connection} from '../tcp/machine.js';
import type {Session} from '../tcp/session.js';
import {sides} from '../tcp/states.js';
import CompactPane from './CompactPane.js';
import {toneColorOf, useDisplay} from './display.js';
import EndpointPane from './EndpointPane.js';
import {footerText} from './Footer.js';
import Ladder from './Ladder.js';
import StatusLine from './StatusLine.js';

type Props = {
	readonly replay: Replay;
	/** The capture file as the user named it. */
	readonly file: string;
	readonly columns: number;
	readonly rows: number;
	/** Esc: back to the list of connections; undefined when there is no list. */
	readonly onList?: (() => void) | undefined;
	/** q; Ctrl+C is ReplayApp's, on every screen. */
	readonly onQuit: (reason: 'quit') => void;
	readonly isActive?: boolean;
};

/** How many segments before the current one the diagram lays out; older ones need `g`. */
const history = 400;

type View = {
	/** Segments played so far: 0 shows the connection before the first one. */
	readonly cursor: number;
	/** Diagram lines scrolled back from the newest. */
	readonly scroll: number;
	readonly absolute: boolean;
};

type Action =
	/** Move by `by` segments, or to `to` (0 or the end); `count` bounds it. */
	| {readonly type: 'move'; readonly by?: number; readonly to?: number; readonly count: number}
	| {readonly type: 'scroll'; readonly by: number; readonly max: number}
	| {readonly type: 'numbers'};

function reduce(view: View, action: Action): View {
	switch (action.type) {
		case 'move': {
			const wanted = action.to ?? view.cursor + (action.by ?? 0);
			const cursor = Math.max(0, Math.min(action.count, wanted));
			return cursor === view.cursor ? view : {...view, cursor, scroll: 0};
		}
		case 'scroll':
			return {...view, scroll: Math.max(0, Math.min(action.max, view.scroll + action.by))};
		case 'numbers':
			return {...view, absolute: !view.absolute};
	}
}

/** The view's state, changed only through the reducer: keys that come together all count. */
function useReplayView(count: number) {
	const [view, dispatch] = useReducer(reduce, {cursor: 0, scroll: 0, absolute: false});
	return {
		view,
		next: () => dispatch({type: 'move', by: 1, count}),
		back: () => dispatch({type: 'move', by: -1, count}),
		first: () => dispatch({type: 'move', to: 0, count}),
		last: () => dispatch({type: 'move', to: count, count}),
		scroll: (by: number, max: number) => dispatch({type: 'scroll', by, max}),
		toggleNumbers: () => dispatch({type: 'numbers'}),
	};
}

function connectionAt(session: Session, cursor: number): Connection {
	return cursor === 0
		? session.initial
		: (session.steps[cursor - 1]?.result.connection ?? session.initial);
}

/** The played part of the session, at most `history` segments of it, for the diagram. */
function shownSession(session: Session, cursor: number): {view: Session; from: number} {
	const from = Math.max(0, cursor - history);
	return {
		from,
		// Field by field: a spread would carry the whole session's log along with a part of its steps.
		view: {
			network: session.network,
			peer: session.peer,
			twoWay: session.twoWay,
			inFlight: session.inFlight,
			initial: connectionAt(session, from),
			steps: session.steps.slice(from, cursor),
			connection: connectionAt(session, cursor),
		},
	};
}

/** The ladder with a time column on the left: each segment's capture time, in ms. */
function timedLines(
	lang: Language,
	replay: Replay,
	cursor: number,
	width: number,
	options: {ascii: boolean; absolute: boolean},
): LadderLine[] {
	const {view, from} = shownSession(replay.session, cursor);
	// As wide as the last segment's time needs, so that the diagram does not shift as it plays.
	const lastTime = replay.steps.at(-1)?.time ?? 0;
	const gutter = Math.max(displayWidth(t(lang, 'replay.time')), millis(lastTime).length) + 1;
	const lines = ladderLines(view, {lang, width: width - gutter, ...options});
	return lines.map((line) => {
		let time = '';
		if (line.id === 'names') time = t(lang, 'replay.time');
		else if (line.step > 0 && line.id.endsWith('.0')) {
			time = millis(replay.steps[from + line.step - 1]?.time ?? 0);
		}
		return {...line, text: `${padStart(time, gutter - 1)} ${line.text}`};
	});
}

/** The words under the diagram, least needed first: they are cut from the top when rows run out. */
function statusParagraphs(
	lang: Language,
	replay: Replay,
	cursor: number,
	file: string,
	marks: {readonly tick: string},
): string[] {
	if (cursor === 0) {
		const {summary} = replay;
		const title = t(lang, 'replay.export.title', {
			file,
			id: summary.id,
			client: addressText(summary.client),
			server: addressText(summary.server),
		});
		return [`${title}. ${introText(lang, replay)} ${t(lang, 'replay.introKeys')}`];
	}
	const step = replay.session.steps[cursor - 1];
	const notes = notesText(lang, replay.steps[cursor - 1]);
	const followed = (replay.steps[cursor - 1]?.events.length ?? 0) === 0;
	const paragraphs = [
		step ? `${marks.tick} ${explain(lang, step.result.verdict, {linux: false})}` : '',
		detailText(lang, replay, cursor - 1),
		// Where the engine could not follow is said in words, and marked, never by colour alone.
		notes && !followed ? `! ${notes}` : notes,
	];
	if (cursor === replay.session.steps.length) {
		paragraphs.push(`${endText(lang, replay)} ${eventsSummary(lang, replay)}`);
	}
	return paragraphs.filter(Boolean);
}

export default function ReplayScreen({
	replay,
	file,
	columns,
	rows,
	onList,
	onQuit,
	isActive = true,
}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const width = columns - 1;
	const count = replay.session.steps.length;
	const {view, next, back, first, last, scroll, toggleNumbers} = useReplayView(count);
	const {cursor, absolute} = view;
	const lines = useMemo(
		() => timedLines(lang, replay, cursor, width, {ascii: display.ascii, absolute}),
		[lang, replay, cursor, width, display.ascii, absolute],
	);
	const paragraphs = statusParagraphs(lang, replay, cursor, file, display.glyphs).map((text) =>
		wrap(display.ascii ? toAscii(text) : text, width - 1),
	);
	const layout = screenLayout(columns, rows, paragraphs.flat().length, false, lines.length);
	const ladderMax = layout.fits ? Math.max(0, lines.length - layout.ladderRows) : 0;

	useKeymap(
		'replay',
		{
			onCommand: (command) => {
				if (command === 'quit') {
					onQuit('quit');
					return;
				}
				// While the terminal is too small nothing can be seen, so only quitting is allowed.
				if (!layout.fits) return;
				const by = scrollBy[command];
				if (by !== undefined) scroll(by, ladderMax);
				else if (command === 'step-next') next();
				else if (command === 'step-back') back();
				else if (command === 'step-first') first();
				else if (command === 'step-last') last();
				else if (command === 'numbers') toggleNumbers();
				else if (command === 'connections') onList?.();
			},
		},
		isActive,
	);

	if (!layout.fits) {
		const notice = wrap(t(lang, 'ui.tooSmall', {cols: String(columns), rows: String(rows)}), width);
		return <Text>{notice.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
	}
	const connection = connectionAt(replay.session, cursor);
	const sender = replay.steps[cursor - 1]?.side;
	const {summary} = replay;
	const plain = (text: string) => (display.ascii ? toAscii(text) : text);
	const left = plain(
		` tcp-tui  ${t(lang, 'replay.mode')}  ${t(lang, 'replay.header', {
			id: summary.id,
			client: addressText(summary.client),
			server: addressText(summary.server),
		})}`,
	);
	const right = `${t(lang, 'replay.progress', {step: cursor, count})} `;
	// The progress stays whole: the addresses give way when the line is too long.
	const header = `${padEnd(truncate(left, Math.max(0, width - displayWidth(right) - 1), display.glyphs.ellipsis), width - displayWidth(right))}${right}`;
	const paneWidth = Math.floor(width / 2);
	const footer = footerText(
		lang,
		width,
		screenFooterItems('replay', new Set<Command>(onList ? [] : ['connections'])),
		display.ascii,
	);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold inverse wrap="truncate">
				{padEnd(header, width)}
			</Text>
			<Box flexDirection={layout.panes === 'side' ? 'row' : 'column'}>
				{sides.map((side) =>
					layout.panes === 'side' ? (
						<EndpointPane
							key={side}
							endpoint={connection[side]}
							active={side === sender}
							options={[]}
							absolute={absolute}
							width={paneWidth}
							lines={layout.paneLines}
							hints={false}
						/>
					) : (
						<CompactPane
							key={side}
							endpoint={connection[side]}
							active={side === sender}
							options={[]}
							width={width}
							lines={1}
						/>
					),
				)}
			</Box>
			<Ladder lines={lines} rows={layout.ladderRows} scroll={view.scroll} />
			<StatusLine
				lines={fitParagraphs(paragraphs, layout.statusRows, width - 1, display.glyphs.ellipsis).map(
					(line) => ` ${line}`,
				)}
				tone={replay.steps[cursor - 1]?.events.length ? 'bad' : cursor === 0 ? 'info' : 'ok'}
				rows={layout.statusRows}
			/>
			<Text color={toneColorOf(display, 'dim')} wrap="truncate">
				{footer}
			</Text>
		</Box>
	);
}
