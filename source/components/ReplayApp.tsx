// `tcp-tui replay FILE` on screen: the capture's connections to pick from (unless the command line
// picked one), then the chosen connection played on the replay screen.
import {Box, Text, useApp} from 'ink';
import {useEffect, useState} from 'react';
import {toAscii} from '../diagram/glyphs.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {LanguageProvider} from '../hooks/use-language.js';
import {type Size, useTerminalSize} from '../hooks/use-terminal-size.js';
import {type Language, t} from '../i18n/index.js';
import type {ConnectionSummary, Listing} from '../replay/connections.js';
import type {Replay} from '../replay/infer.js';
import {pickerLabel} from '../replay/replay-text.js';
import {type Display, DisplayContext} from './display.js';
import Picker from './Picker.js';
import ReplayScreen from './ReplayScreen.js';

type Props = {
	/** The language of every word on the screen, provided to the views below. */
	readonly lang: Language;
	readonly file: string;
	readonly listing: Listing;
	/** The connections to choose from: all of them, or those on the port --port named. */
	readonly candidates: readonly ConnectionSummary[];
	/** Chosen on the command line: the list is skipped, and Esc does not go back to it. */
	readonly chosen: ConnectionSummary | null;
	/** Lines about the file (cut short, damaged, headers cut), shown under the list. */
	readonly warnings: readonly string[];
	/** Reads the connection's segments and replays them; the screen itself does no I/O. */
	readonly load: (summary: ConnectionSummary) => Replay;
	readonly display: Display;
	/** Fixed size for tests; by default the terminal's, following resizes. */
	readonly size?: Size;
	readonly onQuit?: (reason: 'quit' | 'interrupt') => void;
};

export default function ReplayApp({
	lang,
	file,
	listing,
	candidates,
	chosen,
	warnings,
	load,
	display,
	size,
	onQuit,
}: Props) {
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;
	const [replay, setReplay] = useState<Replay | null>(() => (chosen ? load(chosen) : null));
	const [quit, setQuit] = useState<false | 'quit' | 'interrupt'>(false);
	const {exit} = useApp();

	useEffect(() => {
		if (!quit) return;
		onQuit?.(quit);
		exit();
	}, [quit, exit, onQuit]);

	// Ctrl+C leaves from either screen, with the status a shell expects.
	useKeymap('app', {
		onCommand: (command) => {
			if (command === 'interrupt') setQuit('interrupt');
		},
	});
	// q quits from the list as from the replay; the list reads its own ↑/↓, Enter and Esc.
	useKeymap(
		'menu',
		{
			onCommand: (command) => {
				if (command === 'quit') setQuit('quit');
			},
		},
		replay === null,
	);

	const plain = (text: string) => (display.ascii ? toAscii(text) : text);
	const pick = (value: string) => {
		const summary = candidates.find((candidate) => String(candidate.id) === value);
		if (summary) setReplay(load(summary));
	};

	return (
		<LanguageProvider value={lang}>
			<DisplayContext.Provider value={display}>
				{replay ? (
					<ReplayScreen
						key={replay.summary.id}
						replay={replay}
						file={file}
						columns={columns}
						rows={rows}
						onList={chosen ? undefined : () => setReplay(null)}
						onQuit={setQuit}
					/>
				) : (
					<Box flexDirection="column">
						<Picker
							title={plain(t(lang, 'replay.pick.title', {file}))}
							items={candidates.map((summary) => ({
								key: String(summary.id),
								label: plain(pickerLabel(lang, summary, listing, columns - 5)),
								value: String(summary.id),
							}))}
							width={columns - 1}
							rows={rows - 1 - warnings.length}
							onPick={pick}
							onClose={() => setQuit('quit')}
							footnote={plain(t(lang, 'replay.pick.footnote', {count: candidates.length}))}
						/>
						{warnings.map((warning) => (
							<Text key={warning} wrap="truncate">
								{plain(` ${warning}`)}
							</Text>
						))}
					</Box>
				)}
			</DisplayContext.Provider>
		</LanguageProvider>
	);
}
