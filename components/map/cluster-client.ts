import type { FromWorker, Questions, ToWorker } from './cluster-protocol';

// The page's side of the clustering worker (cluster-worker.ts): the map data handed over as bytes,
// then questions as promises, each matched to its answer (or failure) by number.

export type Loaded = { total: number; extent: [number, number, number, number] | null };
export type ClusterQuestions = ReturnType<typeof questionsTo>;

/** Questions to the worker as promises, matched to their answers (or failures) by number. */
export function questionsTo(worker: Worker) {
  type Pending = { resolve(value: unknown): void; reject(error: Error): void };
  let asked = 0;
  const waiting = new Map<number, Pending>();
  let loading: Pending | null = null;
  const settle = (question: number | undefined) => {
    const entry = question === undefined ? loading : waiting.get(question);
    if (question !== undefined) waiting.delete(question);
    return entry;
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'loaded') settle(undefined)?.resolve(message);
    else if (message.type === 'failed') settle(message.question)?.reject(new Error(message.message));
    else settle(message.question)?.resolve(message.answer);
  });
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  function question<K extends keyof Questions>(type: K) {
    return (ask: Questions[K]['ask']) =>
      new Promise<Questions[K]['answer']>((resolve, reject) => {
        const number = ++asked;
        waiting.set(number, { resolve: resolve as (answer: unknown) => void, reject });
        send({ type, question: number, ...ask } as ToWorker);
      });
  }
  return {
    load: (body: ArrayBuffer) =>
      new Promise<Loaded>((resolve, reject) => {
        loading = { resolve: resolve as (value: unknown) => void, reject };
        send({ type: 'load', body }, [body]);
      }),
    view: question('view'),
    expand: question('expand'),
    locate: question('locate'),
    markerShowing: question('markerShowing'),
  };
}

/** Fetches the map data and hands its bytes to the worker. The answer is never stored (private, no-store). */
export async function loadMapData(dataUrl: string, ask: ClusterQuestions) {
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`The map data answered ${response.status}`);
  const body = await response.arrayBuffer();
  performance.mark('ortsbild:map-data');
  return ask.load(body);
}
