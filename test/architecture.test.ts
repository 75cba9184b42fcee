// The shape of source/: no import cycle, not even a type-only one (a type two modules share lives
// below both); hooks/ holds only hooks; the model and the diagram know nothing of the terminal; and
// no module keeps a language of its own: it is passed to whatever says something.
// The imports are read from the files as text, so that `import type` counts as much as any other.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = resolve(import.meta.dirname, '../source');

function filesUnder(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) return filesUnder(path);
		return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

// `import … from '…'`, `import type …`, `export … from '…'`, `import '…'` and `import('…')`.
const importPattern =
	/(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules a file imports, as paths relative to source/ (packages left out). */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(importPattern)].flatMap((match) => {
		const specifier = match[1] ?? match[2] ?? '';
		if (!specifier.startsWith('.')) return [];
		const target = resolve(dirname(file), specifier);
		// Data such as package.json is imported as it is; code by its .js name.
		if (!target.endsWith('.js') && existsSync(target)) return [];
		const base = target.replace(/\.js$/, '');
		const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) =>
			existsSync(path),
		);
		return found ? [relative(root, found)] : [`${relative(root, base)} (missing)`];
	});
}

const files = filesUnder(root).map((file) => relative(root, file));
const graph = new Map(files.map((file) => [file, importsOf(join(root, file))]));

/** The strongly connected components with more than one module (or one importing itself). */
function cycles(): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!graph.has(next)) continue;
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
			}
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop();
			if (member === undefined) break;
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
	};
	for (const file of files) if (!index.has(file)) visit(file);
	return found;
}

describe('source/', () => {
	it('reads the imports it checks (the check is not vacuous)', () => {
		expect(graph.get('app.tsx')).toContain('components/SandboxScreen.tsx');
		expect(graph.get('tcp/machine.ts')).toContain('tcp/action.ts');
		// `import type` counts.
		expect(graph.get('learn/lesson-guide.ts')).toContain('learn/guide-api.ts');
		expect([...graph.values()].flat().filter((path) => path.endsWith('(missing)'))).toEqual([]);
	});

	it('has no import cycle, type-only imports included', () => {
		expect(cycles()).toEqual([]);
	});

	it('keeps only hooks in hooks/', () => {
		const others = files.filter(
			(file) => file.startsWith('hooks/') && !/^hooks\/use-[a-z-]+\.tsx?$/.test(file),
		);
		expect(others).toEqual([]);
	});

	it('keeps the protocol model, the diagram and the catalogs free of the terminal', () => {
		const terminal = files.filter((file) => {
			if (!/^(tcp|diagram|learn|i18n)\//.test(file)) return false;
			const text = readFileSync(join(root, file), 'utf8');
			return /from ['"](ink|react)['"]/.test(text) || /\.\.\/(components|hooks)\//.test(text);
		});
		expect(terminal).toEqual([]);
	});

	it('keeps no language in module state: no setter, no getter, no module-level language variable', () => {
		const found = files.flatMap((file) => {
			const text = readFileSync(join(root, file), 'utf8');
			const lines = text.split('\n');
			return lines.flatMap((line, index) => {
				const where = `${file}:${index + 1}: ${line.trim()}`;
				// A setter or getter of the language, by either name it ever had.
				if (/\b(set|current)Language\b/.test(line)) return [where];
				// A `let` at the top of a module that holds a language, by its type or its value.
				const moduleLet = /^(?:export\s+)?let\s+\w+/.test(line);
				return moduleLet && /\bLanguage\b|=\s*['"](en|zh)['"]/.test(line) ? [where] : [];
			});
		});
		expect(found).toEqual([]);
	});

	it('says words only above the engine: tcp/ gives message keys, and only tcp/explain.ts says them', () => {
		const speaking = files.filter((file) => {
			if (!file.startsWith('tcp/') || file === 'tcp/explain.ts') return false;
			const text = readFileSync(join(root, file), 'utf8');
			return /import\s+\{[^}]*\b(t|brief)\b[^}]*\}\s+from\s+['"][./]*i18n\/index\.js['"]/.test(
				text,
			);
		});
		expect(speaking).toEqual([]);
	});
});
