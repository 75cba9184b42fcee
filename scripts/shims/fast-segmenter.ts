// Intl.Segmenter, with a short cut for the text this tool draws. The bundle puts this class wherever
// its code names Intl.Segmenter (scripts/bundle.mjs): Ink's ansi-tokenize splits every line of every
// frame into graphemes, and slice-ansi and string-width make a segmenter as they load. The first
// Intl.Segmenter loads ICU's break rules, 15 to 45 ms here, before the first frame. Text made only
// of characters that are graphemes of their own (source/diagram/fast-width.ts) is split by code unit
// instead, with the same result; anything else goes to a real Intl.Segmenter, made the first time
// one is needed.
import {independentCharacters} from '../../source/diagram/fast-width.js';

type Options = ConstructorParameters<typeof Intl.Segmenter>[1];

type Segment = {segment: string; index: number; input: string};

/** Text of those characters and ESC, a control character and so a grapheme of its own: styled text. */
const independentOrEscape = new RegExp(`^[\\u001B${independentCharacters}]*$`);

/** The segments of text whose graphemes are its UTF-16 code units (those characters are all in the BMP). */
class CodeUnitSegments {
	private readonly input: string;

	constructor(input: string) {
		this.input = input;
	}

	containing(index = 0): Segment | undefined {
		const at = Math.trunc(Number(index)) || 0;
		if (at < 0 || at >= this.input.length) return undefined;
		return {segment: this.input.charAt(at), index: at, input: this.input};
	}

	*[Symbol.iterator](): IterableIterator<Segment> {
		const {input} = this;
		for (let index = 0; index < input.length; index++) {
			yield {segment: input.charAt(index), index, input};
		}
	}
}

export class FastSegmenter {
	static supportedLocalesOf(
		...parameters: Parameters<typeof Intl.Segmenter.supportedLocalesOf>
	): string[] {
		return globalThis.Intl.Segmenter.supportedLocalesOf(...parameters);
	}

	private real: Intl.Segmenter | undefined;
	private readonly locales: string | string[] | undefined;
	private readonly options: Options | undefined;
	private readonly graphemes: boolean;

	constructor(locales?: string | string[], options?: Options) {
		this.locales = locales;
		this.options = options;
		this.graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
		// A bad locale or option throws now, as Intl.Segmenter would.
		if (locales !== undefined || !this.graphemes) this.segmenter();
	}

	segment(input: string): Iterable<Segment> & {containing(index?: number): Segment | undefined} {
		const text = String(input);
		if (this.graphemes && independentOrEscape.test(text)) return new CodeUnitSegments(text);
		return this.segmenter().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.segmenter().resolvedOptions();
	}

	private segmenter(): Intl.Segmenter {
		// globalThis: the bundle replaces `Intl.Segmenter` itself with this class.
		this.real ??= new globalThis.Intl.Segmenter(this.locales, this.options);
		return this.real;
	}
}
