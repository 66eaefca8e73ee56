import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CallLogs } from '../src';
import { catalogueAdapter, firstCallWith } from './support/adapters';

const meta = {
  title: 'Components/CallLogs',
  component: CallLogs,
  args: { adapter: catalogueAdapter, style: { height: 720 } },
  argTypes: { adapter: { control: false } },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `The one-line embed: the call log, and the open call beside it (or in a drawer when narrower than
\`splitMinWidth\`). The panel and its player load when a call is first opened (fetched on idle before).

The open call is the host's to keep when it wants (its URL, a router): \`callId\` (null: none) with
\`onCallIdChange\`, or \`defaultCallId\` to let CallLogs keep it. \`defaultTime\` starts the first open call's
recording at a moment (a link to it).

\`\`\`tsx
const [search, setSearch] = useSearchParams();
<CallLogs callId={search.get('call')} onCallIdChange={(id) => setSearch(id ? { call: id } : {})} />
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof CallLogs>;
export default meta;

type Story = StoryObj<typeof meta>;
const rows = (el: HTMLElement) => el.querySelectorAll<HTMLElement>('[data-part="body"] [role="row"]');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(5));
    await userEvent.click(rows(canvasElement)[0]!.querySelector('[role="gridcell"]')!);
    await waitFor(() => expect(within(document.body).getByRole('tablist', { name: 'Call details' })).toBeVisible(), { timeout: 10_000 });
  },
};

/** The host keeps the open call (here in state; in an app, its URL) and shows it above. */
function Controlled(args: Story['args']) {
  const [callId, setCallId] = useState<string | null>(null);
  return (
    <>
      <p aria-live="polite" data-testid="open-call" style={{ font: '14px system-ui', margin: 8 }}>Open call: {callId ?? 'none'}</p>
      <CallLogs {...args} callId={callId} onCallIdChange={setCallId} />
    </>
  );
}

export const ControlledByTheHost: Story = {
  render: (args) => <Controlled {...args} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(5));
    const row = rows(canvasElement)[2]!;
    await userEvent.click(row.querySelector('[role="gridcell"]')!);
    await waitFor(() => expect(within(canvasElement).getByTestId('open-call')).toHaveTextContent(`Open call: ${row.dataset.callId}`));
    await waitFor(() => expect(canvasElement.querySelector(`[data-talkturo-panel][data-call-id="${row.dataset.callId}"]`)).not.toBeNull(), { timeout: 10_000 });
  },
};

export const LinkToAMoment: Story = {
  loaders: [async () => ({ callId: await firstCallWith(catalogueAdapter, 'short') })],
  render: (args, { loaded }) => <CallLogs {...args} defaultCallId={loaded.callId as string} defaultTime={8} />,
};

export const InANarrowColumn: Story = {
  render: (args) => <div style={{ width: 420 }}><CallLogs {...args} /></div>,
};
