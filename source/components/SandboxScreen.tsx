// The sandbox screen: two endpoints, the ladder diagram, why the last move did what it did.
// Lessons and challenges are played here too, with their own header and status.
import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useMemo} from 'react';
import {toAscii} from '../diagram/glyphs.js';
import {ladderLines} from '../diagram/ladder.js';
import {fitParagraphs, wrap} from '../diagram/text.js';
import {movesOf, parOf, solvedText} from '../hooks/challenge-guide.js';
import {lessonStatus} from '../hooks/lesson-guide.js';
import {useKeymap} from '../hooks/use-keymap.js';
import type {SandboxState} from '../hooks/use-sandbox.js';
import {t} from '../i18n/index.js';
import type {Command} from '../keys.js';
import {screenLayout} from '../layout.js';
import {lessons} from '../lessons/lessons.js';
import {explain, linuxText} from '../tcp/explain.js';
import {validOptions} from '../tcp/machine.js';
import {sides} from '../tcp/states.js';
import CompactPane from './CompactPane.js';
import {type Display, type Tone, useDisplay} from './display.js';
import EndpointPane from './EndpointPane.js';
import Footer from './Footer.js';
import Header from './Header.js';
import HelpOverlay, {helpLines} from './HelpOverlay.js';
import InFlight from './InFlight.js';
import Ladder from './Ladder.js';
import ScenarioMenu from './ScenarioMenu.js';
import ScreenReaderView from './ScreenReaderView.js';
import StatusLine from './StatusLine.js';

type Props = {
	readonly state: SandboxState;
	readonly dispatch: (command: Command) => void;
	readonly columns: number;
	readonly rows: number;
	/** Esc with nothing open: the mode menu. */
	readonly onMenu: () => void;
	/** e: save the session to a file. */
	readonly onExport: () => void;
	/** A message from outside the screen (where a file was saved), until the next key. */
	readonly flash: string | null;
	/** False while another screen reads the keys. */
	readonly isActive: boolean;
};

function guideStatus(state: SandboxState, display: Display): {text: string; tone: Tone} | null {
	const {guide} = state;
	if (guide?.kind === 'lesson') {
		const {text, ok} = lessonStatus(state.session, guide);
		const mark = ok === null ? '' : `${ok ? display.glyphs.tick : display.glyphs.cross} `;
		return {text: `${mark}${text}`, tone: ok === null ? 'info' : ok ? 'ok' : 'bad'};
	}
	if (guide?.kind === 'challenge' && guide.status === 'solved' && state.achieved) {
		const base = statusOf({...state, guide: null}, display);
		const moves = movesOf(state.session, guide.base);
		return {text: `${base.text}\n${solvedText(moves, parOf(guide.challenge))}`, tone: 'ok'};
	}
	return null;
}

function statusOf(state: SandboxState, display: Display): {text: string; tone: Tone} {
	if (state.confirmingReset) return {text: t('ui.confirmReset'), tone: 'info'};
	if (state.notice) return {text: t(state.notice.key, state.notice.params), tone: 'info'};
	const guided = guideStatus(state, display);
	if (guided) return guided;
	const last = state.session.steps.at(-1);
	if (!last) return {text: t('ui.welcome'), tone: 'info'};
	const {verdict} = last.result;
	const said = state.said ? `${display.glyphs.active} ${state.said} ` : '';
	return verdict.ok
		? {text: `${said}${display.glyphs.tick} ${explain(verdict, {linux: false})}`, tone: 'ok'}
		: {
				text: `${said}${display.glyphs.cross} ${t('ui.rejected')}: ${explain(verdict)}`,
				tone: 'bad',
			};
}

/**
 * The last move's "On Linux" notes, a paragraph of their own after the explanation, unless the
 * student turned them off (i) or something else holds the status.
 */
function linuxNoteOf(state: SandboxState, flash: string | null): string {
	const last = state.session.steps.at(-1);
	if (!state.linux || flash !== null || state.notice || state.confirmingReset || !last) return '';
	return linuxText(last.result.verdict);
}

/** Header texts for a lesson or challenge: what it is, and how far along. */
function guideHeader(state: SandboxState): {title: string; progress: string} | undefined {
	const {guide} = state;
	if (guide?.kind === 'lesson') {
		const {lesson, step} = guide;
		return {
			title: t('mode.lessonHeader', {
				index: lessons.indexOf(lesson) + 1,
				count: lessons.length,
				title: t(lesson.title),
			}),
			progress: t('mode.lessonStep', {
				step: Math.min(step + 1, lesson.steps.length),
				steps: lesson.steps.length,
			}),
		};
	}
	if (guide?.kind === 'challenge') {
		return {
			title: t('mode.challengeHeader', {title: t(guide.challenge.title)}),
			progress: t('mode.challengeMoves', {
				moves: movesOf(state.session, guide.base),
				par: parOf(guide.challenge),
			}),
		};
	}
	return undefined;
}

export default function SandboxScreen({
	state,
	dispatch,
	columns,
	rows,
	onMenu,
	onExport,
	flash,
	isActive,
}: Props) {
	const display = useDisplay();
	const reader = useIsScreenReaderEnabled();
	// A line that fills the last column leaves some terminals in a pending wrap: stay one short.
	const width = columns - 1;

	const {session, active, hints} = state;
	const lines = useMemo(
		() => ladderLines(session, {width, ascii: display.ascii, absolute: state.absolute}),
		[session, width, display.ascii, state.absolute],
	);
	const status = flash === null ? statusOf(state, display) : {text: flash, tone: 'info' as const};
	const manual = session.network === 'manual';
	const layoutFor = (statusLines: number) =>
		screenLayout(
			columns,
			rows,
			statusLines,
			hints,
			lines.length,
			manual ? 1 : 0,
			state.guide ? 4 : 8,
		);
	const paragraphsOf = (text: string) =>
		(display.ascii ? toAscii(text) : text)
			.split('\n')
			.map((paragraph) => wrap(paragraph, width - 1));
	let statusParagraphs = paragraphsOf(status.text);
	let layout = layoutFor(statusParagraphs.flat().length);
	// The Linux note comes after the explanation when there is room for both; the explanation of the
	// move matters more, so the note is the one left out.
	const linuxNote = linuxNoteOf(state, flash);
	if (linuxNote) {
		const withNote = paragraphsOf(`${status.text}\n${linuxNote}`);
		const noteLayout = layoutFor(withNote.flat().length);
		if (noteLayout.fits && noteLayout.statusRows >= withNote.flat().length) {
			statusParagraphs = withNote;
			layout = noteLayout;
		}
	}
	const helpRows = rows - 1;
	// How far each view can scroll back, so that a key past the end does not have to be undone.
	const ladderMax = layout.fits ? Math.max(0, lines.length - layout.ladderRows) : 0;
	// The help is long to lay out, so only while it is open.
	const helpMax = state.help
		? Math.max(0, helpLines(width, display.ascii).length - (helpRows - 2))
		: 0;
	// The scenario list reads the keys itself while it is open.
	useKeymap((command) => {
		// While the terminal is too small nothing can be seen, so only quitting is allowed.
		if (!layout.fits && command.type !== 'quit' && command.type !== 'interrupt') return;
		if (command.type === 'close' && !state.help && !state.confirmingReset) {
			onMenu();
			return;
		}
		if (command.type === 'export' && !state.help && !state.confirmingReset) {
			onExport();
			return;
		}
		dispatch(
			command.type === 'scroll' ? {...command, max: state.help ? helpMax : ladderMax} : command,
		);
	}, isActive && !state.menu);

	if (reader && !state.menu && !state.help) {
		return (
			<ScreenReaderView
				state={state}
				title={guideHeader(state)?.title ?? `tcp-tui ${t('ui.sandbox')}`}
				status={status.text
					.replace(`${display.glyphs.tick} `, `${t('reader.accepted')} `)
					.replace(`${display.glyphs.cross} `, '')}
				width={width}
				rows={rows}
			/>
		);
	}
	if (!layout.fits) {
		const notice = wrap(
			t('ui.tooSmall', {cols: String(columns), rows: String(rows)}),
			Math.max(1, width),
		);
		return <Text>{notice.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
	}
	const paneWidth = Math.floor(width / 2);
	const guided = guideHeader(state);
	return (
		<>
			{state.menu ? (
				<ScenarioMenu
					width={width}
					rows={helpRows}
					onPick={(name) => dispatch({type: 'startScenario', name})}
					onClose={() => dispatch({type: 'close'})}
				/>
			) : state.help ? (
				<HelpOverlay width={width} rows={helpRows} scroll={state.helpScroll} />
			) : (
				<Box flexDirection="column" width={width}>
					<Header
						active={active}
						width={width}
						network={session.network}
						peer={session.peer}
						twoWay={session.twoWay}
						title={guided?.title}
						progress={guided?.progress}
					/>
					<Box flexDirection={layout.panes === 'side' ? 'row' : 'column'}>
						{sides.map((side) =>
							layout.panes === 'side' ? (
								<EndpointPane
									key={side}
									endpoint={session.connection[side]}
									active={side === active}
									options={validOptions(session.connection, side)}
									absolute={state.absolute}
									width={paneWidth}
									lines={layout.paneLines}
									hints={hints}
								/>
							) : (
								<CompactPane
									key={side}
									endpoint={session.connection[side]}
									active={side === active}
									options={validOptions(session.connection, side)}
									width={width}
									lines={layout.paneLines}
								/>
							),
						)}
					</Box>
					{manual && (
						<InFlight
							inFlight={session.inFlight}
							picked={state.picked}
							absolute={state.absolute}
							width={width}
						/>
					)}
					<Ladder lines={lines} rows={layout.ladderRows} scroll={state.scroll} />
					<StatusLine
						lines={fitParagraphs(
							statusParagraphs,
							layout.statusRows,
							width - 1,
							display.glyphs.ellipsis,
						).map((line) => ` ${line}`)}
						tone={status.tone}
						rows={layout.statusRows}
					/>
					<Footer width={width} network={session.network} guide={state.guide?.kind} />
				</Box>
			)}
		</>
	);
}
