// Run before every test file, in the worker that runs it. The config shares one module graph among
// the files a worker runs (isolate: false, for speed), so what a file could inherit from the one
// before it is put back here: the language every message is looked up in starts as English.
import {setLanguage} from '../../source/i18n/index.js';

setLanguage('en');
