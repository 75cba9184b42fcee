// The sandbox screen: two endpoints, the ladder diagram, why the last move did what it did.
import {Box, Text, useApp} from 'ink';
import {useEffect, useMemo} from 'react';
import CompactPane from './components/CompactPane.js';
import {type Display, DisplayContext, type Tone} from './components/display.js';
import EndpointPane from './components/EndpointPane.js';
import Footer from './components/Footer.js';
import Header from './components/Header.js';
import HelpOverlay from './components/HelpOverlay.js';
import Ladder from './components/Ladder.js';
import StatusLine from './components/StatusLine.js';
import {toAscii} from './diagram/glyphs.js';
import {ladderLines} from './diagram/ladder.js';
import {truncate, wrap} from './diagram/text.js';
import {useKeymap} from './hooks/use-keymap.js';
import {type SandboxState, useSandbox} from './hooks/use-sandbox.js';
import {type Size, useTerminalSize} from './hooks/use-terminal-size.js';
import {t} from './i18n/index.js';
import {screenLayout} from './layout.js';
import {explain} from './tcp/explain.js';
import {type ConnectionOptions, validActions} from './tcp/machine.js';
import {sides} from './tcp/states.js';

type Props = {
	readonly connection: ConnectionOptions;
	readonly display: Display;
	readonly absolute?: boolean;
	/** Fixed size for tests; by default the terminal's, following resizes. */
	readonly size?: Size;
};

function statusOf(state: SandboxState, display: Display): {text: string; tone: Tone} {
	if (state.confirmingReset) return {text: t('ui.confirmReset'), tone: 'info'};
	if (state.notice) return {text: t(state.notice.key, state.notice.params), tone: 'info'};
	const last = state.session.steps.at(-1);
	if (!last) return {text: t('ui.welcome'), tone: 'info'};
	const {verdict} = last.result;
	return verdict.ok
		? {text: `${display.glyphs.tick} ${explain(verdict)}`, tone: 'ok'}
		: {text: `${display.glyphs.cross} ${t('ui.rejected')}: ${explain(verdict)}`, tone: 'bad'};
}

/** Wrap, and if there is more than fits, end the last line with an ellipsis. */
function cut(lines: string[], rows: number, width: number, ellipsis: string): string[] {
	if (lines.length <= rows) return lines;
	const kept = lines.slice(0, rows);
	kept[rows - 1] = truncate(`${kept[rows - 1]} ${ellipsis}`, width, ellipsis);
	return kept;
}

export default function App({connection, display, absolute = false, size}: Props) {
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;
	// A line that fills the last column leaves some terminals in a pending wrap: stay one short.
	const width = columns - 1;
	const [state, dispatch] = useSandbox(connection, absolute);
	const {exit} = useApp();
	useKeymap(dispatch);
	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	const {session, active, hints} = state;
	const lines = useMemo(
		() => ladderLines(session, {width, ascii: display.ascii, absolute: state.absolute}),
		[session, width, display.ascii, state.absolute],
	);
	const status = statusOf(state, display);
	const statusLines = wrap(display.ascii ? toAscii(status.text) : status.text, width - 1);
	const layout = screenLayout(columns, rows, statusLines.length, hints);

	if (!layout.fits) {
		return (
			<Text wrap="truncate">{t('ui.tooSmall', {cols: String(columns), rows: String(rows)})}</Text>
		);
	}
	const paneWidth = Math.floor(width / 2);
	return (
		<DisplayContext.Provider value={display}>
			{state.help ? (
				<HelpOverlay width={width} rows={rows - 1} scroll={state.helpScroll} />
			) : (
				<Box flexDirection="column" width={width}>
					<Header active={active} width={width} />
					<Box flexDirection={layout.panes === 'side' ? 'row' : 'column'}>
						{sides.map((side) =>
							layout.panes === 'side' ? (
								<EndpointPane
									key={side}
									endpoint={session.connection[side]}
									active={side === active}
									validNow={validActions(session.connection, side)}
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
									validNow={validActions(session.connection, side)}
									width={width}
									lines={layout.paneLines}
								/>
							),
						)}
					</Box>
					<Ladder lines={lines} rows={layout.ladderRows} scroll={state.scroll} />
					<StatusLine
						lines={cut(statusLines, layout.statusRows, width - 1, display.glyphs.ellipsis).map(
							(line) => ` ${line}`,
						)}
						tone={status.tone}
						rows={layout.statusRows}
					/>
					<Footer width={width} />
				</Box>
			)}
		</DisplayContext.Provider>
	);
}
