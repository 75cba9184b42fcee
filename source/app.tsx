// The sandbox screen: two endpoints, the ladder diagram, why the last move did what it did.
import {Box, Text, useApp} from 'ink';
import {useEffect, useMemo} from 'react';
import CompactPane from './components/CompactPane.js';
import {type Display, DisplayContext, type Tone} from './components/display.js';
import EndpointPane from './components/EndpointPane.js';
import Footer from './components/Footer.js';
import Header from './components/Header.js';
import HelpOverlay, {helpLines} from './components/HelpOverlay.js';
import InFlight from './components/InFlight.js';
import Ladder from './components/Ladder.js';
import ScenarioMenu from './components/ScenarioMenu.js';
import StatusLine from './components/StatusLine.js';
import {toAscii} from './diagram/glyphs.js';
import {ladderLines} from './diagram/ladder.js';
import {truncate, wrap} from './diagram/text.js';
import {useKeymap} from './hooks/use-keymap.js';
import {type SandboxState, useSandbox} from './hooks/use-sandbox.js';
import {type Size, useTerminalSize} from './hooks/use-terminal-size.js';
import {t} from './i18n/index.js';
import {screenLayout} from './layout.js';
import type {Scenario} from './scenarios/scenarios.js';
import {explain} from './tcp/explain.js';
import {validOptions} from './tcp/machine.js';
import type {SessionOptions} from './tcp/session.js';
import {sides} from './tcp/states.js';

type Props = {
	/** ISNs, and optionally the network mode and an automatic peer. */
	readonly connection: SessionOptions;
	/** A scenario to start with, played step by step with Space. */
	readonly scenario?: Scenario | null;
	readonly display: Display;
	readonly absolute?: boolean;
	/** Fixed size for tests; by default the terminal's, following resizes. */
	readonly size?: Size;
	/** Told why the screen closes, just before it does (Ctrl+C means exit status 130). */
	readonly onQuit?: (reason: 'quit' | 'interrupt') => void;
};

function statusOf(state: SandboxState, display: Display): {text: string; tone: Tone} {
	if (state.confirmingReset) return {text: t('ui.confirmReset'), tone: 'info'};
	if (state.notice) return {text: t(state.notice.key, state.notice.params), tone: 'info'};
	const last = state.session.steps.at(-1);
	if (!last) return {text: t('ui.welcome'), tone: 'info'};
	const {verdict} = last.result;
	const said = state.said ? `${display.glyphs.active} ${state.said} ` : '';
	return verdict.ok
		? {text: `${said}${display.glyphs.tick} ${explain(verdict)}`, tone: 'ok'}
		: {
				text: `${said}${display.glyphs.cross} ${t('ui.rejected')}: ${explain(verdict)}`,
				tone: 'bad',
			};
}

/** Wrap, and if there is more than fits, end the last line with an ellipsis. */
function cut(lines: string[], rows: number, width: number, ellipsis: string): string[] {
	if (lines.length <= rows) return lines;
	const kept = lines.slice(0, rows);
	kept[rows - 1] = truncate(`${kept[rows - 1]} ${ellipsis}`, width, ellipsis);
	return kept;
}

export default function App({
	connection,
	scenario = null,
	display,
	absolute = false,
	size,
	onQuit,
}: Props) {
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;
	// A line that fills the last column leaves some terminals in a pending wrap: stay one short.
	const width = columns - 1;
	const [state, dispatch] = useSandbox(connection, absolute, scenario);
	const {exit} = useApp();
	useEffect(() => {
		if (!state.quit) return;
		onQuit?.(state.quit);
		exit();
	}, [state.quit, exit, onQuit]);

	const {session, active, hints} = state;
	const lines = useMemo(
		() => ladderLines(session, {width, ascii: display.ascii, absolute: state.absolute}),
		[session, width, display.ascii, state.absolute],
	);
	const status = statusOf(state, display);
	const statusLines = wrap(display.ascii ? toAscii(status.text) : status.text, width - 1);
	const manual = session.network === 'manual';
	const layout = screenLayout(
		columns,
		rows,
		statusLines.length,
		hints,
		lines.length,
		manual ? 1 : 0,
	);
	const helpRows = rows - 1;
	// How far each view can scroll back, so that a key past the end does not have to be undone.
	const ladderMax = layout.fits ? Math.max(0, lines.length - layout.ladderRows) : 0;
	const helpMax = Math.max(0, helpLines(width, display.ascii).length - (helpRows - 2));
	// The scenario list reads the keys itself while it is open.
	useKeymap((command) => {
		// While the terminal is too small nothing can be seen, so only quitting is allowed.
		if (!layout.fits && command.type !== 'quit' && command.type !== 'interrupt') return;
		dispatch(
			command.type === 'scroll' ? {...command, max: state.help ? helpMax : ladderMax} : command,
		);
	}, !state.menu);

	if (!layout.fits) {
		const notice = wrap(
			t('ui.tooSmall', {cols: String(columns), rows: String(rows)}),
			Math.max(1, width),
		);
		return <Text>{notice.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
	}
	const paneWidth = Math.floor(width / 2);
	return (
		<DisplayContext.Provider value={display}>
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
					/>
					<Box flexDirection={layout.panes === 'side' ? 'row' : 'column'}>
						{sides.map((side) =>
							layout.panes === 'side' ? (
								<EndpointPane
									key={side}
									endpoint={session.connection[side]}
									active={side === active}
									options={validOptions(session.connection, side, session.network)}
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
									options={validOptions(session.connection, side, session.network)}
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
						lines={cut(statusLines, layout.statusRows, width - 1, display.glyphs.ellipsis).map(
							(line) => ` ${line}`,
						)}
						tone={status.tone}
						rows={layout.statusRows}
					/>
					<Footer width={width} network={session.network} />
				</Box>
			)}
		</DisplayContext.Provider>
	);
}
