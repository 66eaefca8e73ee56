import type { Preview } from '@storybook/react-vite';
import { withThemeByDataAttribute } from '@storybook/addon-themes';
import { CallsProvider } from '../src';
import { catalogueAdapter } from '../stories/support/adapters';
import '../src/theme/styles.css';

const preview: Preview = {
  decorators: [
    // One memory adapter for the whole catalogue (deterministic calls, the bundled recordings);
    // a story may bring its own through `parameters.adapter` or the component's `adapter` prop.
    (Story, context) => (
      <CallsProvider adapter={context.parameters.adapter ?? catalogueAdapter}>
        <Story />
      </CallsProvider>
    ),
    // The toolbar's theme switch sets the attribute the components' presets listen to.
    withThemeByDataAttribute({
      themes: { dark: 'dark', light: 'light' },
      defaultTheme: 'dark',
      attributeName: 'data-talkturo-theme',
      parentSelector: 'html',
    }),
  ],
  parameters: {
    // Every story is checked by axe-core; a violation fails its test.
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
    layout: 'padded',
  },
  tags: ['autodocs'],
};
export default preview;
