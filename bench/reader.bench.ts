/**
 * Reading a 2,000-row dossier list in happy-dom, beside a bare read of the same table (one pass over
 * its rows reading every cell's textContent) in the same run. Target: the reader at most 3× the bare read.
 *
 * Calls alternate (bare, reader, bare, …) and each figure is a median of 15. Each timed call follows a small DOM mutation, as in the page (the overlay reads after the portal
 * re-renders); otherwise happy-dom's query caches would make some calls free and others not,
 * depending on when the garbage collector drops them.
 */
import { Window } from 'happy-dom';
import { readDossierList } from '../lib/portal';
import { bigListHtml } from './fixtures/big-list';
import { timeMedian, type Figure } from './figure';

const ROWS = 2000;

export default async function (): Promise<Figure[]> {
  const window = new Window({ url: 'https://motcua.example.gov.vn/danh-sach', settings: { disableJavaScriptEvaluation: true } });
  const document = window.document as unknown as Document;
  document.write(bigListHtml(ROWS));
  const tbody = document.querySelector('tbody')!;
  const touch = (): void => {
    const mark = document.createElement('i');
    document.body.append(mark);
    mark.remove();
  };

  let sink = 0;
  const bare = (): void => {
    touch();
    for (let row = tbody.firstElementChild; row; row = row.nextElementSibling)
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) sink += (cell.textContent ?? '').length;
  };
  const read = (): void => {
    touch();
    const { dossiers } = readDossierList(document);
    if (dossiers.length !== ROWS) throw new Error(`read ${dossiers.length} of ${ROWS} rows`);
    sink += dossiers.length;
  };
  // Interleaved, so that load from other processes weighs on both alike.
  const bareTimes: number[] = [];
  const readTimes: number[] = [];
  for (let i = 0; i < 2; i++) {
    bare();
    read();
  }
  for (let i = 0; i < 15; i++) {
    bareTimes.push(await timeMedian(bare, 1, 0));
    readTimes.push(await timeMedian(read, 1, 0));
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const bareMs = median(bareTimes);
  const readMs = median(readTimes);
  await window.happyDOM.close();
  if (sink < 0) console.log(sink);
  return [
    {
      name: `readDossierList, ${ROWS} rows (happy-dom)`,
      value: readMs,
      unit: 'ms',
      baseline: { name: 'bare pass reading every cell textContent', value: bareMs },
      target: '≤ 3× baseline',
    },
  ];
}
