// Starts the interactive screen; kept apart so that script mode never loads Ink.
import {render} from 'ink';
import App from './app.js';
import {glyphsFor} from './diagram/glyphs.js';
import type {Options} from './options.js';

export async function startTui(options: Options): Promise<void> {
	const app = render(
		<App
			connection={{
				isnClient: options.isnClient,
				isnServer: options.isnServer,
				network: options.network,
				peer: options.peer,
				twoWay: options.twoWay,
			}}
			scenario={options.scenario}
			display={{glyphs: glyphsFor(options.ascii), ascii: options.ascii, color: options.color}}
			absolute={options.absolute}
			onQuit={(reason) => {
				if (reason === 'interrupt') process.exitCode = 130;
			}}
		/>,
		// The App handles Ctrl+C itself, to exit with 130 like other programs a shell interrupts.
		{incrementalRendering: true, exitOnCtrlC: false, patchConsole: false},
	);
	await app.waitUntilExit();
	// Ink leaves the cursor at the end of the last frame line; the shell prompt belongs below it.
	process.stdout.write('\n');
}
