import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		env: {
			FORCE_COLOR: '0',
			// Ink draws only the last frame when it believes it runs in CI; the view tests are about
			// what a person sees, so they get the interactive Ink on a CI machine too.
			CI: 'false',
			CONTINUOUS_INTEGRATION: 'false',
		},
		testTimeout: 20_000,
	},
});
