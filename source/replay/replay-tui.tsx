// Starts the replay screen; kept apart so that listing or exporting a capture never loads Ink.
import {Box, render} from 'ink';
import ReplayApp from '../components/ReplayApp.js';
import {glyphsFor} from '../diagram/glyphs.js';
import type {Language} from '../i18n/index.js';
import {keepScrollback} from '../keep-scrollback.js';
import type {Options} from '../options.js';
import {SerialInput} from '../serial-input.js';
import {installSuspend} from '../suspend.js';
import type {ConnectionSummary, Listing} from './connections.js';
import type {Replay} from './infer.js';

export type ReplayStart = {
	readonly file: string;
	readonly listing: Listing;
	/** One connection, several (--port matched more than one), or null: the whole list. */
	readonly choice: ConnectionSummary | readonly ConnectionSummary[] | null;
	readonly warnings: readonly string[];
	readonly load: (summary: ConnectionSummary) => Replay;
	readonly options: Options;
	/** The language of the whole screen. */
	readonly lang: Language;
};

export async function startReplayTui({
	file,
	listing,
	choice,
	warnings,
	load,
	options,
	lang,
}: ReplayStart): Promise<void> {
	const several = Array.isArray(choice) ? (choice as readonly ConnectionSummary[]) : null;
	const one = choice !== null && !several ? (choice as ConnectionSummary) : null;
	keepScrollback(process.stdout);
	// Keys one at a time, as in the other screens (serial-input.ts); Ctrl+Z suspends.
	const input = new SerialInput(process.stdin, {onSuspend: () => suspender.suspend()});
	let hidden = false;
	const screen = (
		<ReplayApp
			lang={lang}
			file={file}
			listing={listing}
			candidates={several ?? listing.connections}
			chosen={one}
			warnings={warnings}
			load={load}
			display={{glyphs: glyphsFor(options.ascii), ascii: options.ascii, color: options.color}}
			onQuit={(reason) => {
				if (reason === 'interrupt') process.exitCode = 130;
			}}
		/>
	);
	const tree = () => (
		<Box display={hidden ? 'none' : 'flex'} flexDirection="column">
			{screen}
		</Box>
	);
	const app = render(tree(), {
		stdin: input as unknown as NodeJS.ReadStream,
		incrementalRendering: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const suspender = installSuspend({
		input: process.stdin,
		screen: process.stdout,
		hide(next) {
			hidden = next;
			app.rerender(tree());
		},
	});
	await app.waitUntilExit();
	suspender.dispose();
	process.stdout.write('\n');
}
