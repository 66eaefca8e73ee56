import type { Preview } from '@storybook/react-vite';
import { CallsProvider, createMemoryAdapter } from '../src';
import '../src/theme/styles.css';

// One memory adapter for the whole catalogue: deterministic calls, the bundled recordings.
const adapter = createMemoryAdapter({ calls: 500, seed: 7, now: Date.UTC(2026, 10, 20, 15) });

const preview: Preview = {
  decorators: [
    (Story, context) => (
      <CallsProvider adapter={context.parameters.adapter ?? adapter}>
        <Story />
      </CallsProvider>
    ),
  ],
  parameters: {
    // Every story is checked by axe-core; a violation fails its test.
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
  },
  tags: ['autodocs'],
};
export default preview;
