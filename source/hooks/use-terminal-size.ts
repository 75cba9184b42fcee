// The terminal's size, kept current across resizes.
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type Size = {readonly columns: number; readonly rows: number};

export function useTerminalSize(fallback: Size = {columns: 80, rows: 24}): Size {
	const {stdout} = useStdout();
	const read = (): Size => ({
		columns: stdout.columns || fallback.columns,
		rows: stdout.rows || fallback.rows,
	});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	});
	return size;
}
