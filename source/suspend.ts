// Ctrl+Z. In raw mode the terminal sends it as a byte (SerialInput passes it here), and `kill -TSTP`
// as a signal; either way the terminal is given back before the program stops (the frame erased,
// raw mode off, the cursor shown), and taken again when the shell's `fg` continues it.
import process from 'node:process';

export type Suspender = {
	/** Stop the program, as the shell's job control would, after giving the terminal back. */
	readonly suspend: () => void;
	/** Stop listening for SIGTSTP and SIGCONT (when the screen closes). */
	readonly dispose: () => void;
};

/** How long Ink takes to write a frame: it throttles drawing to 30 frames a second, twice. */
const frameDelay = 100;

export function installSuspend({
	input,
	screen,
	hide,
}: {
	readonly input: NodeJS.ReadStream;
	readonly screen: NodeJS.WriteStream;
	/** Draws the screen empty (true) or whole again (false). */
	readonly hide: (hidden: boolean) => void;
}): Suspender {
	let suspended = false;
	let wasRaw = false;
	const resume = () => {
		if (!suspended) return;
		suspended = false;
		if (wasRaw && input.isTTY) input.setRawMode(true);
		if (screen.isTTY) screen.write('\u001B[?25l');
		// The shell wrote below the erased frame; the whole frame is drawn again from there.
		hide(false);
	};
	const suspend = () => {
		if (suspended) return;
		suspended = true;
		hide(true);
		setTimeout(() => {
			wasRaw = Boolean(input.isRaw);
			if (input.isTTY) input.setRawMode(false);
			if (screen.isTTY) screen.write('\u001B[?25h');
			process.once('SIGCONT', resume);
			process.kill(process.pid, 'SIGSTOP');
		}, frameDelay);
	};
	process.on('SIGTSTP', suspend);
	return {
		suspend,
		dispose() {
			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', resume);
		},
	};
}
