import type { Preview } from '@storybook/react-vite';
import { CallsProvider } from '../src';
import { catalogueAdapter } from '../stories/support/adapters';
import '../src/theme/styles.css';

const preview: Preview = {
  // One memory adapter for the whole catalogue (deterministic calls, the bundled recordings);
  // a story may bring its own through `parameters.adapter` or the component's `adapter` prop.
  decorators: [
    (Story, context) => (
      <CallsProvider adapter={context.parameters.adapter ?? catalogueAdapter}>
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
