import {expect} from 'vitest';
import {UsageError} from '../../source/usage-error.js';

/** The UsageError that `call` throws; fails the test if it throws nothing or something else. */
export function usageErrorOf(call: () => unknown): UsageError {
	try {
		call();
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return error as UsageError;
	}
	throw new Error('expected a UsageError, but nothing was thrown');
}
