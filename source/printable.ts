// Text that came from a user (a name, a file name, a step) is shown without the characters that
// would act on the terminal instead of being read: a run of control characters (C0, DEL and C1, so
// ESC too) becomes one space, and the invisible and bidirectional format characters that hide or
// reorder text are removed.
const controls = /\p{Cc}+/gu;
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu;

export function printable(text: string): string {
	return text.replaceAll(controls, ' ').replaceAll(invisible, '');
}
