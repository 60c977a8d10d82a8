import { createRequire } from 'node:module';

/** One reading of a Finnish word by Voikko: its base form and, for a compound, its parts' base forms. */
export interface VoikkoAnalysis {
  baseForm: string;
  /** The compound's parts in base form (pyöräteiden → pyörä, tie); empty for a simple word. */
  parts: string[];
}

/** Voikko as the analysis uses it: a word's readings (none when Voikko does not know the word). */
export interface Voikko {
  analyse(word: string): VoikkoAnalysis[];
}

/** Whether Voikko is in use, and if not, why (shown to the analyst with the fallback's name). */
export type VoikkoStatus = { available: true; version: string } | { available: false; reason: string };

/** Where libvoikko is on Debian and Ubuntu (libvoikko1), macOS (Homebrew) and Windows. */
const LIBRARY_NAMES = ['libvoikko.so.1', 'libvoikko.1.dylib', 'libvoikko-1.dll'];

type Koffi = typeof import('koffi');

let loaded: { voikko?: Voikko; status: VoikkoStatus } | undefined;

function openLibrary(koffi: Koffi, names: readonly string[]) {
  const errors: string[] = [];
  for (const name of names) {
    try {
      return koffi.load(name);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  throw new Error(`libvoikko not found (${errors[0] ?? 'no library'})`);
}

/** The component base forms of Voikko's WORDBASES ("+pyörä(pyörä)+tie(tie)"), derivational suffixes left out. */
export function compoundParts(wordBases: string): string[] {
  const parts = [...wordBases.matchAll(/\(([^()+][^()]*)\)/g)].map((match) => (match[1] ?? '').toLocaleLowerCase('fi'));
  return parts.length >= 2 ? parts : [];
}

/**
 * Voikko from the first of the libraries that loads, with its Finnish dictionary; when none does,
 * or Voikko does not start, the reason (no throw). `loadVoikko` calls it once per process.
 */
export function connectVoikko(libraryNames: readonly string[] = LIBRARY_NAMES): { voikko?: Voikko; status: VoikkoStatus } {
  let koffi: Koffi;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
  } catch (error) {
    return { status: { available: false, reason: `koffi could not be loaded: ${error instanceof Error ? error.message : String(error)}` } };
  }
  try {
    const library = openLibrary(koffi, libraryNames);
    const freeValue = library.func('void voikko_free_mor_analysis_value_cstr(void *value)');
    // Voikko allocates each value it answers: the disposable type copies it into a string and frees it.
    const ownedString = koffi.disposable('VoikkoOwnedString', 'const char *', freeValue);
    const init = library.func('void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)');
    const version = library.func('const char *voikkoGetVersion()');
    const analyseWord = library.func('void **voikkoAnalyzeWordCstr(void *handle, const char *word)');
    const value = library.func('voikko_mor_analysis_value_cstr', ownedString, ['void *', 'const char *']);
    const freeAnalyses = library.func('void voikko_free_mor_analysis(void **analyses)');
    const error: (string | null)[] = [null];
    const handle = init(error, 'fi', null);
    if (!handle)
      return { status: { available: false, reason: `Voikko did not start: ${error[0] ?? 'no Finnish dictionary (voikko-fi)'}` } };
    const voikko: Voikko = {
      analyse(word) {
        const list = analyseWord(handle, word);
        if (!list) return [];
        try {
          const analyses: VoikkoAnalysis[] = [];
          for (let index = 0; ; index++) {
            const analysis = koffi.decode(list, index * koffi.sizeof('void *'), 'void *');
            if (!analysis) break;
            const baseForm = value(analysis, 'BASEFORM') as string | null;
            if (!baseForm) continue;
            const wordBases = value(analysis, 'WORDBASES') as string | null;
            analyses.push({ baseForm: baseForm.toLocaleLowerCase('fi'), parts: wordBases ? compoundParts(wordBases) : [] });
          }
          return analyses;
        } finally {
          freeAnalyses(list);
        }
      },
    };
    return { voikko, status: { available: true, version: String(version()) } };
  } catch (error) {
    return { status: { available: false, reason: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Voikko with its Finnish dictionary, loaded once per process at run time through koffi from the
 * system's libvoikko (Debian's `libvoikko1` and `voikko-fi`; GPL, so never bundled), or undefined
 * when the system has none: the analysis then falls back to Snowball stems and character n-grams.
 */
export function loadVoikko(): Voikko | undefined {
  loaded ??= connectVoikko();
  return loaded.voikko;
}

/** Whether Voikko is in use here, or why not. */
export function voikkoStatus(): VoikkoStatus {
  loaded ??= connectVoikko();
  return loaded.status;
}
