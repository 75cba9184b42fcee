// Keys to commands. Several characters can arrive in one input event (fast typists, pastes):
// each is handled in order.
import {type Key, useInput} from 'ink';
import {type Command, commandForCharacter, page} from '../keys.js';

function commandForSpecial(key: Key): Command | undefined {
	if (key.tab || key.leftArrow || key.rightArrow) return {type: 'switch'};
	if (key.upArrow) return {type: 'scroll', by: 1};
	if (key.downArrow) return {type: 'scroll', by: -1};
	if (key.pageUp) return {type: 'scroll', by: page};
	if (key.pageDown) return {type: 'scroll', by: -page};
	if (key.escape) return {type: 'close'};
	if (key.return) return {type: 'net', action: 'deliver'};
	return undefined;
}

export function useKeymap(dispatch: (command: Command) => void, isActive = true): void {
	useInput(
		(input, key) => {
			const special = commandForSpecial(key);
			if (special) {
				dispatch(special);
				return;
			}
			if (key.ctrl && input === 'c') {
				dispatch({type: 'interrupt'});
				return;
			}
			if (key.ctrl || key.meta) return;
			for (const character of input) dispatch(commandForCharacter(character));
		},
		{isActive},
	);
}
