// The baseline: a bare Ink app, loaded the same way as tcp-tui (plain ESM from node_modules).
import {Box, render, Text, useApp, useInput} from 'ink';
import {createElement as h, useState} from 'react';

function Hello() {
	const [count, setCount] = useState(0);
	const {exit} = useApp();
	useInput((input) => (input === 'q' ? exit() : setCount((previous) => previous + 1)));
	return h(Box, {flexDirection: 'column'}, h(Text, null, 'hello'), h(Text, null, `keys: ${count}`));
}

render(h(Hello), {incrementalRendering: true});
