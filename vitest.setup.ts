// One patience for every component test's waitFor and findBy: generous, so a
// busy machine slows a test down instead of failing it. A condition that never
// comes true still fails, only later.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 30_000 });
