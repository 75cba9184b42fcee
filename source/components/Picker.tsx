import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {toAscii} from '../diagram/glyphs.js';
import {truncate} from '../diagram/text.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {toneColorOf, useDisplay} from './display.js';

export type PickerItem = {readonly key: string; readonly label: string; readonly value: string};

type Props = {
	readonly title: string;
	readonly items: readonly PickerItem[];
	readonly width: number;
	readonly rows: number;
	readonly onPick: (value: string) => void;
	readonly onClose: () => void;
	/** A dim line at the bottom, e.g. how many there are or a warning. */
	readonly footnote?: string;
	/** Printable keys the list does not use, e.g. q to quit from a menu. */
	readonly onKey?: (input: string, ctrl: boolean) => void;
};

/** The select list's marker in our glyphs and colours (its own is a blue ❯, even in ASCII). */
export function Marker({isSelected = false}: {readonly isSelected?: boolean}) {
	const display = useDisplay();
	return <Text bold={isSelected}>{isSelected ? `${display.glyphs.active} ` : '  '}</Text>;
}

export function Label({
	isSelected = false,
	label,
}: {
	readonly isSelected?: boolean;
	readonly label: string;
}) {
	return <Text bold={isSelected}>{label}</Text>;
}

/** A titled list to pick from with ↑/↓ and Enter; Esc closes it. */
export default function Picker({
	title,
	items,
	width,
	rows,
	onPick,
	onClose,
	footnote,
	onKey,
}: Props) {
	const display = useDisplay();
	// Titles say "↑/↓ and ⏎": in ASCII, "Up/Down and Enter".
	const plain = (text: string) => (display.ascii ? toAscii(text) : text);
	// ink-select-input reads ↑/↓ and Enter itself; Esc closes, from the command table.
	useKeymap('list', {
		onCommand: (command) => {
			if (command === 'close') onClose();
		},
		onOther: (key) => {
			if (key >= ' ' && key !== '\u007F') onKey?.(key, false);
		},
	});
	return (
		<Box flexDirection="column" height={rows}>
			<Text bold inverse wrap="truncate">
				{truncate(plain(` ${title}`), width, display.glyphs.ellipsis)}
			</Text>
			<SelectInput
				items={items.map((item) => ({
					...item,
					label: truncate(plain(item.label), width - 4, display.glyphs.ellipsis),
				}))}
				limit={Math.max(1, rows - 2)}
				indicatorComponent={Marker}
				itemComponent={Label}
				onSelect={(item) => onPick(item.value)}
			/>
			<Box flexGrow={1} />
			{footnote ? (
				<Text color={toneColorOf(display, 'dim')} wrap="truncate">
					{truncate(plain(` ${footnote}`), width, display.glyphs.ellipsis)}
				</Text>
			) : null}
		</Box>
	);
}
