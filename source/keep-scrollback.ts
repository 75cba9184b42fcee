// Ink clears the terminal with ESC[2J ESC[3J ESC[H when a frame no longer fits, which happens
// once whenever the window is made shorter than the last frame. ESC[3J also erases the
// scrollback: the user's shell history above the program, lost for a resize. The screen is
// still cleared and redrawn; only the scrollback is spared.
const eraseScrollback = '\u001B[3J';

export function keepScrollback(stream: NodeJS.WriteStream): void {
	const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
	stream.write = ((chunk: unknown, ...rest: unknown[]) =>
		write(
			typeof chunk === 'string' && chunk.includes(eraseScrollback)
				? chunk.replaceAll(eraseScrollback, '')
				: chunk,
			...rest,
		)) as typeof stream.write;
}
