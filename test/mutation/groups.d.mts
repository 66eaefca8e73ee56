/** A folder mutation testing checks (groups.mjs). */
export interface MutationGroup {
  id: string;
  threshold: number;
  name: string;
  /** What is mutated. */
  mutate: string[];
  /** The tests that check it, when not every unit test that reaches it. */
  tests?: string[];
}
export declare const GROUPS: MutationGroup[];
