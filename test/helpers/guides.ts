// Lessons, challenges and scenarios looked up by name for a test, and the headers their screens
// start with, taken from the catalog as the App writes them.

import {t} from '../../source/i18n/index.js';
import type {Challenge} from '../../source/learn/challenge.js';
import type {Lesson} from '../../source/learn/lesson.js';
import {lessons} from '../../source/learn/lessons.js';

/**
 * A lookup by name that fails the test when nothing has that name (`no challenge 'x'`), for the
 * catalogs' challengeNamed, lessonNamed and scenarioNamed, which return undefined instead.
 */
export function namedIn<T>(
	kind: string,
	lookup: (name: string) => T | undefined,
): (name: string) => T {
	return (name) => {
		const found = lookup(name);
		if (found === undefined) throw new Error(`no ${kind} '${name}'`);
		return found;
	};
}

/** A lesson's header: 'Lesson 1/4: …', its place in the list and its title. */
export function lessonHeader(lesson: Lesson): string {
	return t('en', 'mode.lessonHeader', {
		index: lessons.indexOf(lesson) + 1,
		count: lessons.length,
		title: t('en', lesson.title),
	});
}

/** A challenge's header, with its title. */
export function challengeHeader(challenge: Challenge): string {
	return t('en', 'mode.challengeHeader', {title: t('en', challenge.title)});
}
