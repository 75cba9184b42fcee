// Starts the replay screen; kept apart so that listing or exporting a capture never loads Ink.
import {render} from 'ink';
import ReplayApp from '../components/ReplayApp.js';
import {glyphsFor} from '../diagram/glyphs.js';
import type {Options} from '../options.js';
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
};

export async function startReplayTui({
	file,
	listing,
	choice,
	warnings,
	load,
	options,
}: ReplayStart): Promise<void> {
	const several = Array.isArray(choice) ? (choice as readonly ConnectionSummary[]) : null;
	const one = choice !== null && !several ? (choice as ConnectionSummary) : null;
	const app = render(
		<ReplayApp
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
		/>,
		{incrementalRendering: true, exitOnCtrlC: false, patchConsole: false},
	);
	await app.waitUntilExit();
	process.stdout.write('\n');
}
