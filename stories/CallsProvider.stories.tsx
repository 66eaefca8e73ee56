import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CallLogTable, CallsProvider, DE_MESSAGES, StereoRecordingPlayer } from '../src';
import { catalogueAdapter, firstCallWith } from './support/adapters';

const meta = {
  title: 'Components/CallsProvider',
  component: CallsProvider,
  args: { adapter: catalogueAdapter },
  argTypes: { adapter: { control: false }, queryClient: { control: false } },
  parameters: {
    docs: {
      description: {
        component: `What every component below it shares: the adapter, the words (\`messages\`) and the \`locale\`
for dates and numbers. It uses the host's QueryClient when there is one (or the one given as
\`queryClient\`) and creates its own otherwise. A component's own \`adapter\`, \`messages\` or \`locale\` prop
wins over the provider's.

\`createHttpAdapter\` gives its adapter a \`key\` from its base URL and account, so an adapter created
inline on every render is the same adapter: nothing is fetched again, no recording restarts.

\`\`\`tsx
<CallsProvider adapter={createHttpAdapter({ baseUrl, accountSlug, getToken })} messages={DE_MESSAGES} locale="de-DE">
  <CallLogs />
</CallsProvider>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof CallsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

export const GermanForEveryComponent: Story = {
  args: { messages: DE_MESSAGES, locale: 'de-DE' },
  loaders: [async () => ({ callId: await firstCallWith(catalogueAdapter, 'short') })],
  render: (args, { loaded }) => (
    <CallsProvider {...args}>
      <div style={{ display: 'grid', gap: 16 }}>
        <StereoRecordingPlayer callId={loaded.callId as string} />
        <CallLogTable style={{ height: 320 }} />
      </div>
    </CallsProvider>
  ),
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await waitFor(() => expect(page.getByRole('button', { name: 'Abspielen' })).toBeInTheDocument(), { timeout: 10_000 });
    await waitFor(() => expect(page.getByRole('grid', { name: DE_MESSAGES.callLog })).toBeInTheDocument());
  },
};

export const WithoutAnAdapter: Story = {
  args: { adapter: undefined as never, messages: DE_MESSAGES },
  render: (args) => <CallsProvider {...args}><CallLogTable /></CallsProvider>,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent(DE_MESSAGES.noAdapter));
  },
};
