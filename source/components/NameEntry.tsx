import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import {toAscii} from '../diagram/glyphs.js';
import {truncate, width as widthOf} from '../diagram/text.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {useLanguage} from '../hooks/use-language.js';
import {t} from '../i18n/index.js';
import {printable} from '../printable.js';
import {toneColorOf, useDisplay} from './display.js';

/** As --name allows. */
export const maxNameLength = 64;

type Props = {
	readonly width: number;
	readonly rows: number;
	/** What the line holds at first. */
	readonly initial?: string;
	/** A name of 1 to 64 characters, without surrounding blanks. */
	readonly onName: (name: string) => void;
	readonly onClose: () => void;
};

/** One line to type a student's name in: letters add, Backspace removes, ⏎ accepts, Esc goes back. */
export default function NameEntry({width, rows, initial = '', onName, onClose}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const [name, setNameState] = useState(initial);
	// What was typed so far, for ⏎ right after the last letter, before the screen has shown it.
	const typed = useRef(initial);
	const setName = (next: string) => {
		typed.current = next;
		setNameState(next);
	};
	const [problem, setProblem] = useState(false);
	// Enter, Esc and Backspace are commands; every other key is text, one character at a time.
	useKeymap('name-entry', {
		onCommand: (command) => {
			if (command === 'close') onClose();
			else if (command === 'accept') {
				const clean = typed.current.trim();
				if (clean === '') setProblem(true);
				else onName(clean);
			} else if (command === 'erase') setName([...typed.current].slice(0, -1).join(''));
		},
		onOther: (key) => {
			// Control characters (a Tab, a line break in a paste) are dropped; a blank is a space.
			if (key === '') return;
			const letters = printable(key.replaceAll(/\p{Cc}/gu, '')).replaceAll(/\s+/g, ' ');
			setProblem(false);
			setName([...`${typed.current}${letters}`].slice(0, maxNameLength).join(''));
		},
	});
	const plain = (text: string) => (display.ascii ? toAscii(text) : text);
	const prompt = `${plain(t(lang, 'progress.name.prompt'))} `;
	// The end of a long name stays in view, where the typing is.
	const room = Math.max(1, width - widthOf(prompt) - 2);
	const shown = [...name].reverse().join('');
	const tail = [...truncate(shown, room, '')].reverse().join('');
	return (
		<Box flexDirection="column" height={rows}>
			<Text bold inverse wrap="truncate">
				{truncate(plain(` ${t(lang, 'progress.name.title')}`), width, display.glyphs.ellipsis)}
			</Text>
			<Text wrap="truncate">
				{` ${prompt}${tail}`}
				<Text inverse> </Text>
			</Text>
			<Box flexGrow={1} />
			<Text color={toneColorOf(display, problem ? 'bad' : 'dim')} wrap="truncate">
				{truncate(
					plain(` ${t(lang, problem ? 'progress.name.empty' : 'progress.name.keys')}`),
					width,
					display.glyphs.ellipsis,
				)}
			</Text>
		</Box>
	);
}
