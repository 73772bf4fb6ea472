/**
 * A vitest reporter for `npm test`'s closing line: counts passed and failed tests, plus every test
 * file and suite that failed on its own (a file that does not load, a failing beforeAll) and every
 * unhandled error, so a suite that dies before running its tests is counted, never hidden.
 * Writes `{ passed, failed }` as JSON to the file named by NHACHAN_COUNTS_FILE.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  /** What failed outside any single test, named for the summary. */
  brokenSuites: string[];
}

export function countRun(modules: ReadonlyArray<TestModule>, unhandledErrors: number): Counts {
  const counts: Counts = { passed: 0, failed: unhandledErrors, brokenSuites: [] };
  for (const module of modules) {
    if (module.errors().length > 0) counts.brokenSuites.push(module.moduleId);
    for (const suite of module.children.allSuites()) {
      if (suite.errors().length > 0) counts.brokenSuites.push(`${module.moduleId} › ${suite.fullName}`);
    }
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
    }
  }
  counts.failed += counts.brokenSuites.length;
  return counts;
}

export default class CountsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const file = process.env.NHACHAN_COUNTS_FILE;
    if (!file) throw new Error('NHACHAN_COUNTS_FILE is not set: the counts reporter has nowhere to write');
    writeFileSync(file, JSON.stringify(countRun(modules, unhandledErrors.length)));
  }
}
