// The sandbox screen: two endpoints, the ladder diagram, why the last move did what it did.
// Lessons, challenges and scenarios are played here too, with their own header and status.
import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useEffect, useMemo} from 'react';
import {
	type Command,
	type FooterContext,
	moveCommands,
	netCommands,
	scrollBy,
} from '../commands.js';
import {toAscii} from '../diagram/glyphs.js';
import {type LadderLine, ladderLines} from '../diagram/ladder.js';
import {wrap} from '../diagram/text.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {useLanguage} from '../hooks/use-language.js';
import {keyScreenOf, type SandboxCallbacks, type SandboxState} from '../hooks/use-sandbox.js';
import {t} from '../i18n/index.js';
import {screenLayout} from '../layout.js';
import {guideApi, studentSession} from '../learn/guide.js';
import {bursts} from '../serial-input.js';
import {obligationOf} from '../tcp/endpoint.js';
import {validActions, validOptions} from '../tcp/machine.js';
import {peerOf, sides} from '../tcp/states.js';
import CompactPane from './CompactPane.js';
import {useDisplay} from './display.js';
import EndpointPane from './EndpointPane.js';
import Footer from './Footer.js';
import Header from './Header.js';
import HelpOverlay, {helpLines, helpMaxScroll} from './HelpOverlay.js';
import InFlight from './InFlight.js';
import Ladder from './Ladder.js';
import ScenarioMenu from './ScenarioMenu.js';
import ScreenReaderView from './ScreenReaderView.js';
import StatusLine from './StatusLine.js';
import {sandboxStatus, statusParagraphs} from './sandbox-status.js';
import {statusPage} from './status-pages.js';

type Props = {
	readonly state: SandboxState;
	readonly actions: SandboxCallbacks;
	readonly columns: number;
	readonly rows: number;
	/** Esc with nothing open: the mode menu. */
	readonly onMenu: () => void;
	/** e: save the session to a file. */
	readonly onExport: () => void;
	/** q: the App quits. */
	readonly onQuit: () => void;
	/** A message from outside the screen (where a file was saved), until the next key. */
	readonly flash: string | null;
	/** False while another screen reads the keys. */
	readonly isActive: boolean;
};

/**
 * What the footer offers first: what the guide expects (a lesson's step), or else the moves valid
 * now for the side the keys act on, and the network's.
 */
function footerContext(state: SandboxState): FooterContext {
	const {session, active} = state.sim;
	const {guide} = state;
	const expected = guide ? guideApi(guide).expects(session, guide, active) : null;
	return {
		network: session.network,
		guide: guide?.kind ?? null,
		next: guide ? guideApi(guide).hasNext(session, guide) : false,
		valid: expected ? new Set(expected) : validNow(state),
	};
}

function validNow(state: SandboxState): Set<Command> {
	const {session, active} = state.sim;
	const valid = new Set<Command>(
		validActions(session.connection, active).map((type) => moveCommands[type]),
	);
	if (session.network === 'manual' && session.inFlight.length > 0) {
		for (const command of Object.values(netCommands)) valid.add(command);
	}
	// The other side owes a segment, or this one can only abort and waits on the other (FIN_WAIT_2,
	// say): Tab is what gets the student on.
	const waiting = [...valid].every((command) => command === 'send-rst');
	if (waiting || obligationOf(session.connection[peerOf(active)]) !== 'none') {
		valid.add('switch-side');
	}
	return valid;
}

/** The steps that have a row in the ladder, oldest first: where its cursor stops. */
function stopsOf(lines: readonly LadderLine[]): number[] {
	const stops: number[] = [];
	for (const line of lines) if (line.step > 0 && stops.at(-1) !== line.step) stops.push(line.step);
	return stops;
}

export default function SandboxScreen({
	state,
	actions,
	columns,
	rows,
	onMenu,
	onExport,
	onQuit,
	flash,
	isActive,
}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const reader = useIsScreenReaderEnabled();
	// A line that fills the last column leaves some terminals in a pending wrap: stay one short.
	const width = columns - 1;

	const {sim, view, overlay, guide} = state;
	const {session, active} = sim;
	const shown = useMemo(() => studentSession(session, guide), [session, guide]);
	const lines = useMemo(
		() =>
			ladderLines(shown, {
				lang,
				width,
				ascii: display.ascii,
				absolute: view.absolute,
				rejections: 'marker',
			}),
		[shown, lang, width, display.ascii, view.absolute],
	);
	const status = sandboxStatus(lang, state, flash, display.glyphs);
	const manual = session.network === 'manual';
	const layoutFor = (statusLines: number) =>
		screenLayout(
			columns,
			rows,
			statusLines,
			view.hints,
			lines.length,
			manual ? 1 : 0,
			guide ? 4 : 8,
			// Walking the steps, the row under the cursor stays in view however small the screen.
			view.cursor === null ? 0 : 2,
		);
	const textsOf = (withNote: boolean) =>
		statusParagraphs(status, withNote).map((paragraph) =>
			display.ascii ? toAscii(paragraph) : paragraph,
		);
	const paragraphsOf = (withNote: boolean) =>
		textsOf(withNote).map((paragraph) => wrap(paragraph, width - 1));
	let statusLines = paragraphsOf(false);
	let statusTexts = textsOf(false);
	let layout = layoutFor(statusLines.flat().length);
	// The Linux note comes after the explanation when there is room for everything; the explanation
	// and what to press next matter more, so the note is the one left out.
	if (status.note && !reader) {
		const withNote = paragraphsOf(true);
		const noteLayout = layoutFor(withNote.flat().length);
		if (noteLayout.fits && noteLayout.statusRows >= withNote.flat().length) {
			statusLines = withNote;
			statusTexts = textsOf(true);
			layout = noteLayout;
		}
	}
	const paged = layout.fits
		? statusPage(
				lang,
				statusTexts,
				status.keep,
				layout.statusRows,
				view.page,
				width - 1,
				display.ascii,
			)
		: {lines: [], pages: 1};
	const helpRows = rows - 1;
	// The help is long to lay out, so only while it is open.
	const helpMax =
		overlay.kind === 'help'
			? helpMaxScroll(helpLines(lang, width, display.ascii).length, helpRows - 2)
			: 0;
	const keyScreen = keyScreenOf(state);
	// Every key here goes through the reducer, so a run of one key may come in one event.
	const reducing = isActive && overlay.kind !== 'scenarios';
	useEffect(() => {
		bursts.allowed = reducing;
		return () => {
			bursts.allowed = false;
		};
	}, [reducing]);
	// The scenario list reads the keys itself while it is open.
	useKeymap(
		keyScreen,
		{
			onCommand: (command, key) => {
				if (command === 'quit') {
					onQuit();
					return;
				}
				// While the terminal is too small nothing can be seen, so only quitting is allowed.
				if (!layout.fits) return;
				if (keyScreen === 'sandbox' && command === 'menu') {
					onMenu();
					return;
				}
				if (keyScreen === 'sandbox' && command === 'export') {
					onExport();
					return;
				}
				if (scrollBy[command] === undefined) actions.command(command, key);
				else if (keyScreen === 'help') actions.command(command, key, {max: helpMax});
				else actions.command(command, key, {stops: stopsOf(lines), pages: paged.pages});
			},
			onOther: (key) => {
				if (layout.fits) actions.other(key);
			},
		},
		isActive && overlay.kind !== 'scenarios',
	);

	const guided = guide ? guideApi(guide).header(lang, session, guide) : null;
	// The reset question is read out as the status; the help and the list draw themselves.
	if (reader && (overlay.kind === 'none' || overlay.kind === 'confirm-reset')) {
		const text = statusParagraphs(status, false).join('\n');
		return (
			<ScreenReaderView
				session={shown}
				active={active}
				absolute={view.absolute}
				title={guided?.title ?? `tcp-tui ${t(lang, 'ui.sandbox')}`}
				status={text
					.replace(`${display.glyphs.tick} `, `${t(lang, 'reader.accepted')} `)
					.replace(`${display.glyphs.cross} `, '')}
				width={width}
				rows={rows}
			/>
		);
	}
	if (!layout.fits) {
		const notice = wrap(
			t(lang, 'ui.tooSmall', {cols: String(columns), rows: String(rows)}),
			Math.max(1, width),
		);
		return <Text>{notice.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
	}
	if (overlay.kind === 'scenarios') {
		return (
			<ScenarioMenu
				width={width}
				rows={helpRows}
				onPick={(name) => actions.begin('scenario', name)}
				onClose={actions.closeOverlay}
			/>
		);
	}
	if (overlay.kind === 'help') {
		return <HelpOverlay width={width} rows={helpRows} scroll={overlay.scroll} />;
	}
	const paneWidth = Math.floor(width / 2);
	return (
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
							absolute={view.absolute}
							width={paneWidth}
							lines={layout.paneLines}
							hints={view.hints}
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
					picked={sim.picked}
					absolute={view.absolute}
					width={width}
				/>
			)}
			{layout.ladderRows > 0 && (
				<Ladder lines={lines} rows={layout.ladderRows} scroll={0} cursor={view.cursor} />
			)}
			<StatusLine
				lines={paged.lines.map((line) => ` ${line}`)}
				tone={status.tone}
				rows={layout.statusRows}
			/>
			<Footer width={width} context={footerContext(state)} />
		</Box>
	);
}
