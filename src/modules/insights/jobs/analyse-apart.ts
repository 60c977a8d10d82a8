/**
 * Runs a theme run's CPU-bound part (the analysis of every text and the theme discovery) in a
 * child process (analysis-process.ts), so that the server's pages stay fast while it works.
 * The child gets the node loader flags this process was started with (tsx), nothing else; the
 * messages use the structured-clone serialisation, which keeps the discovery's Map. Each second
 * `poll` hears the latest progress and may answer that the run is to stop (a cancel): the child
 * is then killed at once, wherever it is in the method.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CorpusEntry, CorpusRow } from '../corpus/load-corpus.ts';
import type { ThemeDiscovery, ThemeSentence } from '../themes/discover-themes.ts';

export interface AnalysisRequest {
  rows: CorpusRow[];
  languages: string[];
  seed: number;
  minThemes: number;
  maxThemes: number;
  /** Classify into these themes (each given by its masked sentences) instead of finding themes anew. */
  codebook?:
    | {
        id: string;
        minimumSimilarity: number;
        themes: Array<Array<{ text: string; language: string }>>;
        /** Each theme's linked counterparts (indices into themes), saved with the codebook. */
        counterparts?: number[][];
      }
    | undefined;
}

export type AnalysisReply =
  | { kind: 'progress'; fraction: number; step: string }
  | { kind: 'done'; corpus: CorpusEntry[]; sentences: ThemeSentence[]; discovery: ThemeDiscovery }
  | { kind: 'failed'; reason: 'empty-corpus' | 'too-few-contributions' | 'too-few-sentences' | 'no-shared-words' }
  | { kind: 'error'; message: string };

export type AnalysisOutcome = Exclude<AnalysisReply, { kind: 'progress' | 'error' }> | { kind: 'stopped' };

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** The flags that make this process load TypeScript (tsx's loader), for the child. */
export function loaderArguments(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index += 1) {
    const argument = execArgv[index]!;
    const name = argument.split('=')[0]!;
    if (!LOADER_FLAGS.has(name)) continue;
    if (argument.includes('=')) kept.push(argument);
    else if (index + 1 < execArgv.length) {
      kept.push(argument, execArgv[index + 1]!);
      index += 1;
    }
  }
  return kept;
}

const CHILD = fileURLToPath(new URL('./analysis-process.ts', import.meta.url));

export function analyseApart(
  request: AnalysisRequest,
  poll: (progress: { fraction: number; step: string }) => Promise<'go on' | 'stop'>,
  signal?: AbortSignal,
): Promise<AnalysisOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      execArgv: loaderArguments(process.execArgv),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let latest = { fraction: 0, step: 'corpus' };
    let settled = false;
    let polling = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      action();
    };
    const onAbort = () => settle(() => resolve({ kind: 'stopped' }));
    const timer = setInterval(() => {
      if (polling || settled) return;
      polling = true;
      poll(latest)
        .then((answer) => {
          if (answer === 'stop') settle(() => resolve({ kind: 'stopped' }));
        })
        .catch((error: unknown) => settle(() => reject(error)))
        .finally(() => {
          polling = false;
        });
    }, 1_000);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (message: AnalysisReply) => {
      if (message.kind === 'progress') latest = { fraction: message.fraction, step: message.step };
      else if (message.kind === 'error') settle(() => reject(new Error(`theme analysis failed in its process: ${message.message}`)));
      else settle(() => resolve(message));
    });
    child.on('error', (error) => settle(() => reject(error)));
    child.on('exit', (code, killedBy) =>
      settle(() => reject(new Error(`theme analysis process ended before answering (exit ${code ?? killedBy})`))),
    );
    child.send(request);
  });
}
