import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-themes'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // Props tables from the TypeScript types (the real unions, our JSDoc and its @default tags); the
  // HTML attributes every component also takes are left out so our own props can be read.
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.declarations?.every((d) => /node_modules/.test(d.fileName)),
    },
  },
  // No CORS headers from the dev server: the "audio blocked by CORS" story reads its file from the
  // other loopback name (localhost ↔ 127.0.0.1), a second origin that does not allow it.
  viteFinal: (config) => ({ ...config, server: { ...config.server, cors: false } }),
};
export default config;
