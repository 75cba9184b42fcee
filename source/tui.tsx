// Starts the interactive screen; kept apart so script mode never loads Ink.
import {render, Text} from 'ink';
import type {Options} from './options.js';

export async function startTui(_options: Options): Promise<void> {
	const app = render(<Text>tcp-tui: the interactive screen is coming. Press Ctrl+C to quit.</Text>);
	await app.waitUntilExit();
}
