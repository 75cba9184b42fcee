// Text measured in terminal columns, not UTF-16 code units, so wide characters lay out right.
import stringWidth from 'string-width';

export function width(text: string): number {
	return stringWidth(text);
}

/** Cut `text` to at most `columns` columns, marking the cut with an ellipsis. */
export function truncate(text: string, columns: number, ellipsis = '…'): string {
	if (width(text) <= columns) return text;
	if (columns <= 0) return '';
	let out = '';
	for (const char of text) {
		if (width(out + char) + width(ellipsis) > columns) break;
		out += char;
	}
	return out + ellipsis;
}

export function padEnd(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
	return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/** Break text into lines of at most `columns` columns, at spaces where possible. */
export function wrap(text: string, columns: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (width(candidate) <= columns) {
			line = candidate;
			continue;
		}
		if (line !== '') lines.push(line);
		line = width(word) <= columns ? word : truncate(word, columns);
	}
	if (line !== '') lines.push(line);
	return lines;
}
