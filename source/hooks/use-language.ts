// The language the screens speak: chosen once by the CLI, given to the App (or the replay's App),
// which provides it to every view below. A view asks useLanguage() and passes it to the text it
// makes; nothing keeps a language anywhere else.
import {createContext, useContext} from 'react';
import type {Language} from '../i18n/index.js';

export const LanguageContext = createContext<Language>('en');

export const LanguageProvider = LanguageContext.Provider;

export function useLanguage(): Language {
	return useContext(LanguageContext);
}
