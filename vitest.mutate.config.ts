// The unit tests Stryker runs for each mutant: all of them, or with MUTATE_TESTS
// set to a folder (e.g. core/search) only that folder's. Narrowing turns a run of
// hours into minutes on a small machine; it can only kill fewer mutants, so a
// narrowed score is a lower bound.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const scope = process.env.MUTATE_TESTS;

export default scope
  ? defineConfig({ ...base, test: { ...base.test, include: [`${scope}/**/*.test.{ts,tsx}`] } })
  : base;
