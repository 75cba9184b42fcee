// A mistake in how the program was called, and the checks every flag and script step shares, so
// that a number or a choice is read, and refused, the same way everywhere.
import {type Language, t} from './i18n/index.js';

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

/**
 * The number `text` writes in decimal digits (leading zeros allowed), or NaN: a sign, a space, an
 * exponent, a fraction or hex is not a whole number as a user types one.
 */
export function digitsValue(text: string): number {
	return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A whole number from min to max, or a usage error (in `lang`) naming the flag and the value as typed. */
export function wholeNumber(
	lang: Language,
	flag: string,
	value: string,
	min: number,
	max: number,
): number {
	const number = digitsValue(value);
	if (!(number >= min && number <= max)) {
		throw new UsageError(t(lang, 'cli.wholeNumber', {flag, min, max, value}));
	}
	return number;
}

/** One of `choices`, or a usage error that lists them. */
export function oneOf<T extends string>(
	lang: Language,
	flag: string,
	value: string,
	choices: readonly T[],
): T {
	if ((choices as readonly string[]).includes(value)) return value as T;
	throw new UsageError(
		t(lang, 'cli.choice', {flag, choices: choices.join(t(lang, 'cli.listOr')), value}),
	);
}
