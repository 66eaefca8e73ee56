import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CallDetailPanel, CallLogs, type CallsAdapter, type RecordingAvailability } from '../src';
import { catalogueAdapter, storyAdapter } from './support/adapters';

/** Renders the panel for the first catalogue call in a given recording state. */
function PanelFor({ adapter, recording, kind, callId, allowRecordingSettings }: {
  adapter: CallsAdapter; recording?: RecordingAvailability; kind?: 'short' | 'long'; callId?: string; allowRecordingSettings?: boolean;
}) {
  const [id, setId] = useState(callId);
  useEffect(() => {
    if (callId) return;
    void adapter.listCalls({ limit: 50 }).then(({ calls }) => {
      const call = calls.find((c) => c.recording === (recording ?? 'available') && (!kind || (kind === 'short' ? c.durationSeconds! < 30 : c.durationSeconds! > 100)));
      setId(call?.id);
    });
  }, [adapter, callId, recording, kind]);
  return id ? <CallDetailPanel callId={id} adapter={adapter} allowRecordingSettings={allowRecordingSettings} style={{ maxWidth: 760 }} /> : null;
}

const meta = {
  title: 'Components/CallDetailPanel',
  component: PanelFor,
  args: { adapter: catalogueAdapter, kind: 'short' },
  argTypes: { adapter: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'One call: the recording player on top, then Transcript (follows playback; click or Enter on a turn plays from there; search; copy), Summary and Details tabs. Without a recording the panel says why.',
      },
    },
  },
} satisfies Meta<typeof PanelFor>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithRecording: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tablist', { name: 'Call details' }, { timeout: 10_000 });
    await waitFor(() => expect(canvasElement.querySelector('[data-talkturo-player]')).toHaveAttribute('data-state', 'paused'), { timeout: 10_000 });
  },
};

export const LongTranscript: Story = { args: { kind: 'long' } };

export const SearchTranscript: Story = {
  args: { kind: 'long' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('searchbox', { name: 'Search transcript' }, { timeout: 10_000 }), 'claim');
    await expect(await canvas.findByText(/\d+ matches/)).toBeVisible();
  },
};

export const Details: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('tab', { name: 'Details' }, { timeout: 10_000 }));
    await expect(canvas.getByRole('button', { name: 'Copy call ID' })).toBeVisible();
  },
};

export const Processing: Story = {
  args: { adapter: storyAdapter({ processingMs: 60_000 }), recording: 'processing', kind: undefined },
};
export const RecordingDisabled: Story = { args: { recording: 'disabled', kind: undefined, allowRecordingSettings: true } };
export const NotCaptured: Story = { args: { recording: 'not-captured', kind: undefined } };
export const Purged: Story = { args: { recording: 'purged', kind: undefined } };
export const NotFound: Story = {
  args: { callId: 'no-such-call' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('This call was not found.');
  },
};
export const Loading: Story = {
  args: { adapter: { ...catalogueAdapter, getCall: () => new Promise(() => undefined) } as CallsAdapter, callId: 'any' },
};

export const OneLineEmbed: StoryObj = {
  render: () => <CallLogs />,
  parameters: { docs: { description: { story: '`<CallLogs />`: the table and the selected call, side by side when wide, in a drawer when narrow.' } } },
};
