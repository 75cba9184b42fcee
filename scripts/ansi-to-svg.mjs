// Render a terminal capture (tmux capture-pane -e -p) as an SVG image for the README.
// Usage: node scripts/ansi-to-svg.mjs < screen.ansi > screen.svg
import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';

const palette = {
	30: '#2e3436',
	31: '#cc3333',
	32: '#4e9a06',
	33: '#c4a000',
	34: '#3465a4',
	35: '#a347ba',
	36: '#06989a',
	37: '#d3d7cf',
	90: '#777777',
	91: '#ef2929',
	92: '#8ae234',
	93: '#fce94f',
	94: '#729fcf',
	95: '#ad7fa8',
	96: '#34e2e2',
	97: '#eeeeec',
};
const foreground = '#e8e8e8';
const background = '#1e1e1e';
const cell = {width: 8.5, height: 18};

const esc = String.fromCharCode(27);
const sgrPart = new RegExp(`(${esc}\\[[\\d;]*m)`);
const sgrCodes = new RegExp(`^${esc}\\[([\\d;]*)m$`);
const sgrAll = new RegExp(`${esc}\\[[\\d;]*m`, 'g');

function escapeXml(text) {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

// tmux writes a style once and keeps it across line ends, so the style carries over too.
let style = {bold: false, inverse: false, color: null};

/** Split one line into runs of text that share a style, each with its starting column. */
function runsOf(line) {
	const runs = [];
	let column = 0;
	let text = '';
	let start = 0;
	const flush = () => {
		if (text !== '') runs.push({text, start, ...style});
		text = '';
		start = column;
	};
	for (const part of line.split(sgrPart)) {
		const sgr = sgrCodes.exec(part);
		if (!sgr) {
			for (const char of part) {
				text += char;
				column += stringWidth(char);
			}
			continue;
		}
		flush();
		const codes = (sgr[1] || '0').split(';').map(Number);
		for (const code of codes) {
			if (code === 0) style = {bold: false, inverse: false, color: null};
			else if (code === 1) style = {...style, bold: true};
			else if (code === 22) style = {...style, bold: false};
			else if (code === 7) style = {...style, inverse: true};
			else if (code === 27) style = {...style, inverse: false};
			else if (code === 39) style = {...style, color: null};
			else if (palette[code]) style = {...style, color: palette[code]};
		}
	}
	flush();
	return runs;
}

const lines = readFileSync(0, 'utf8').replace(/\n$/, '').split('\n');
const columns = Math.max(80, ...lines.map((line) => stringWidth(line.replaceAll(sgrAll, ''))));
const width = Math.ceil(columns * cell.width + 24);
const height = lines.length * cell.height + 24;
const body = lines.flatMap((line, row) => {
	const y = 12 + row * cell.height;
	return runsOf(line).flatMap((run) => {
		const x = 12 + run.start * cell.width;
		const runWidth = stringWidth(run.text) * cell.width;
		const color = run.color ?? foreground;
		const box = run.inverse
			? [`<rect x="${x}" y="${y}" width="${runWidth}" height="${cell.height}" fill="${color}"/>`]
			: [];
		const fill = run.inverse ? background : color;
		const weight = run.bold ? ' font-weight="bold"' : '';
		return [
			...box,
			// textLength pins each run to its columns, whatever the font's own advance is.
			`<text x="${x}" y="${y + 14}" fill="${fill}"${weight} textLength="${runWidth}" lengthAdjust="spacingAndGlyphs" xml:space="preserve">${escapeXml(run.text)}</text>`,
		];
	});
});
process.stdout.write(
	[
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">`,
		`<rect width="100%" height="100%" rx="6" fill="${background}"/>`,
		...body,
		'</svg>',
		'',
	].join('\n'),
);
