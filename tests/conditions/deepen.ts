// Conditions deep enough for the iterative interpreter (past the closures' FAST_PATH_DEPTH), with the same truth.
import { FAST_PATH_DEPTH } from '../../src/conditions/internal.js';
import { type Condition, type Explanation, not } from '../../src/index.js';

/** How many `not`s {@link deepen} adds: even, so the truth is unchanged. */
export const ADDED = FAST_PATH_DEPTH + 2;

/** The condition under an even number of `not`s, deep enough for the interpreter. */
export function deepen(condition: Condition): Condition {
  let deep = condition;
  for (let i = 0; i < ADDED; i += 1) deep = not(deep);
  return deep;
}

/** The explanation under the `not`s added by {@link deepen}. */
export function inner(explanation: Explanation): Explanation {
  let node = explanation;
  for (let i = 0; i < ADDED; i += 1) node = node.children[0] as Explanation;
  return node;
}
