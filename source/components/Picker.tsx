import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {truncate} from '../diagram/text.js';
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
	/** Keys other than arrows, Enter and Esc, e.g. q to quit from a menu. */
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
	useInput((input, key) => {
		if (key.escape) onClose();
		else if (onKey && !key.return && !key.upArrow && !key.downArrow) onKey(input, key.ctrl);
	});
	return (
		<Box flexDirection="column" height={rows}>
			<Text bold inverse wrap="truncate">
				{truncate(` ${title}`, width, display.glyphs.ellipsis)}
			</Text>
			<SelectInput
				items={items.map((item) => ({
					...item,
					label: truncate(item.label, width - 4, display.glyphs.ellipsis),
				}))}
				limit={Math.max(1, rows - 2)}
				indicatorComponent={Marker}
				itemComponent={Label}
				onSelect={(item) => onPick(item.value)}
			/>
			<Box flexGrow={1} />
			{footnote ? (
				<Text color={toneColorOf(display, 'dim')} wrap="truncate">
					{truncate(` ${footnote}`, width, display.glyphs.ellipsis)}
				</Text>
			) : null}
		</Box>
	);
}
