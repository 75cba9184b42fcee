// Stands in for the restore-cursor package in the bundle (scripts/bundle.mjs). cli-cursor calls it
// when Ink hides the cursor, and the original then writes ESC[?25h to stderr as the program exits,
// whatever stderr is: a file given with 2> got an escape code at every exit. Ink already shows the
// cursor on its screen when it unmounts; this is the fallback for an exit that skipped that, and it
// writes only to a terminal: stderr if it is one, else stdout if that is (never to --json's stdout,
// as --json needs stderr to be the terminal).
import process from 'node:process';

let installed = false;

export default function restoreCursor(): void {
	if (installed) return;
	installed = true;
	process.once('exit', () => {
		const terminal = process.stderr.isTTY
			? process.stderr
			: process.stdout.isTTY
				? process.stdout
				: undefined;
		try {
			terminal?.write('\u001B[?25h');
		} catch {
			// A terminal that hung up cannot be given its cursor back.
		}
	});
}
