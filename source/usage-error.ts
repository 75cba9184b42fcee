/** A mistake in how the program was called: shown as one line, never a stack trace. */
export class UsageError extends Error {
	override name = 'UsageError';
	/** 2 for bad arguments (as meow does), 1 when the arguments are fine but the terminal is not. */
	readonly exitCode: number;

	constructor(message: string, exitCode = 2) {
		super(message);
		this.exitCode = exitCode;
	}
}
