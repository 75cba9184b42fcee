// The part of React's scheduler (no types of its own) that serial-input.ts uses.
declare module 'scheduler' {
	export const unstable_LowPriority: number;
	export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
