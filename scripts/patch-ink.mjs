// Fix Ink 6.7–6.8's incremental renderer for frames shorter than the terminal.
//
// When a frame keeps its height, log-update moves the cursor up `previousVisible - 1` rows to
// reach the frame's first line. That is right only when the cursor sits on the last line (a
// frame that fills the terminal). A shorter frame ends with a newline, so the cursor is one row
// lower: every redraw then lands one row low and scrolls the terminal. This patch counts the
// newline's row. It runs as `prepare` after `npm install`/`npm ci` in a clone (never in a user's
// install: the published bundle already contains the fixed code). It is idempotent.
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const buggy = 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));';
const fixed =
	"buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));";

let file;
try {
	file = path.join(path.dirname(fileURLToPath(import.meta.resolve('ink'))), 'log-update.js');
} catch {
	console.log('patch-ink: ink is not installed here; nothing to patch');
	process.exit(0);
}
const source = readFileSync(file, 'utf8');
if (source.includes(fixed)) {
	console.log('patch-ink: already patched');
} else if (source.includes(buggy)) {
	writeFileSync(file, source.replace(buggy, fixed));
	console.log('patch-ink: fixed the incremental renderer row offset in', file);
} else {
	console.error(
		'patch-ink: Ink changed; check whether its incremental renderer still needs the fix',
	);
}
