import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AdapterError, CallDetailPanel, CallLogs, DE_MESSAGES, type CallsAdapter, type Messages, type RecordingAvailability } from '../src';
import { catalogueAdapter, storyAdapter } from './support/adapters';
import { ARABIC_PLAYER_MESSAGES, PartnerBrand as PartnerBrandStyles } from './support/brand';

/** The first catalogue call in a recording state (and of a length), found before the story renders. */
async function findCall(adapter: CallsAdapter, recording: RecordingAvailability = 'available', kind?: 'short' | 'long') {
  const { calls } = await adapter.listCalls({ limit: 50 });
  return calls.find((c) => c.recording === recording && (!kind || (kind === 'short' ? c.durationSeconds! < 30 : c.durationSeconds! > 100)))?.id ?? 'none';
}

const meta = {
  title: 'Components/CallDetailPanel',
  component: CallDetailPanel,
  args: { callId: '', adapter: catalogueAdapter, style: { maxWidth: 760 } },
  argTypes: { adapter: { control: false } },
  loaders: [async ({ args, parameters }) => ({
    callId: await findCall(args.adapter ?? catalogueAdapter, parameters.recording as RecordingAvailability | undefined, (parameters.kind as 'short' | 'long' | undefined) ?? (parameters.recording ? undefined : 'short')),
  })],
  render: (args, { loaded }) => <CallDetailPanel {...args} callId={args.callId || (loaded.callId as string)} />,
  parameters: {
    docs: {
      description: {
        component: `One call: the recording player on top, then Transcript (follows playback; click or Enter on a turn plays
from there; search; copy; each answer's response time; the call's events under the turn they happened in; the
spoken word highlighted when turns carry \`words\`), Summary and Details tabs. Without a recording the panel says why.

\`\`\`tsx
<CallDetailPanel callId={selectedId} allowRecordingSettings onError={report} />
\`\`\`

Styling props (\`theme\`, \`classNames\`, \`unstyled\`) reach the player inside too.`,
      },
    },
  },
} satisfies Meta<typeof CallDetailPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithRecording: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tablist', { name: 'Call details' }, { timeout: 10_000 });
    await waitFor(() => expect(canvasElement.querySelector('[data-talkturo-player]')).toHaveAttribute('data-state', 'paused'), { timeout: 10_000 });
  },
};

export const LongTranscript: Story = { parameters: { kind: 'long' } };

export const CallReview: Story = {
  parameters: {
    kind: 'long',
    docs: { description: { story: 'What a reviewer of the agent looks for, measured from the two channels: how long each answer took (beside the turn, bracketed on the lanes, median and 90th percentile), interruptions, talk share and the longest monologues; the tool calls on the track above the lanes and under the turn they happened in; the spoken word highlighted.' } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figures = await canvas.findByRole('group', { name: 'Conversation figures' }, { timeout: 15_000 });
    await expect(figures).toHaveTextContent(/Response timemedian \d\.\d s · 90th percentile \d\.\d s/);
    // On the events track, and in the transcript (named there by what it shows).
    await expect(canvas.getByRole('button', { name: /^Tool call find_policy at 0:22$/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '0:22 Tool call find_policy' })).toBeVisible();
    await expect(canvas.getAllByText(/^answered in \d\.\d s/).length).toBeGreaterThan(3);
  },
};

export const SlowAnswersMarked: Story = {
  args: { slowResponseSeconds: 0.7 },
  parameters: { docs: { description: { story: '`slowResponseSeconds={0.7}`: answers slower than 0.7 s are counted and marked slow beside their turn.' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figures = await canvas.findByRole('group', { name: 'Conversation figures' }, { timeout: 15_000 });
    await expect(figures).toHaveTextContent(/\d slow/);
  },
};

export const LinkToAMoment: Story = {
  args: { defaultTime: 12, getMomentUrl: (callId: string, seconds: number) => `https://dashboard.example/calls?call=${callId}&t=${seconds}` },
  parameters: { docs: { description: { story: '`defaultTime={12}` opens the call at 0:12 (the transcript on the turn being said there); with `getMomentUrl`, "Copy link to this moment" copies a link to where playback is.' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('slider', { name: 'Seek' })).toHaveAttribute('aria-valuenow', '12'), { timeout: 10_000 });
    await expect(await canvas.findByRole('button', { name: 'Copy link to this moment' })).toBeVisible();
  },
};

export const SearchTranscript: Story = {
  parameters: { kind: 'long' },
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
  args: { adapter: storyAdapter({ processingMs: 60_000 }) },
  parameters: { recording: 'processing' },
};
export const RecordingDisabled: Story = { args: { allowRecordingSettings: true }, parameters: { recording: 'disabled' } };
export const NotCaptured: Story = { parameters: { recording: 'not-captured' } };
export const Purged: Story = { parameters: { recording: 'purged' } };
export const NotFound: Story = {
  args: { callId: 'no-such-call' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('This call was not found.');
  },
};
export const Loading: Story = {
  args: { adapter: { ...catalogueAdapter, getCall: () => new Promise(() => undefined) } as CallsAdapter, callId: 'any' },
};

export const Failed: Story = {
  args: {
    adapter: { ...catalogueAdapter, getCall: async () => { throw new AdapterError('server', 'Could not load the call (HTTP 503). Try again in a moment.', { status: 503 }); } } as CallsAdapter,
    callId: 'any',
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('HTTP 503');
  },
};

export const Light: Story = { args: { theme: 'light' }, globals: { theme: 'light' } };

export const German: Story = { args: { messages: DE_MESSAGES, lang: 'de' } };

export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar', messages: ARABIC_PLAYER_MESSAGES as Partial<Messages> },
  parameters: { docs: { description: { story: 'Right to left: layout and controls mirror; the waveform keeps time running left to right.' } } },
};

export const PartnerBrand: Story = {
  args: { className: 'acme-brand', messages: DE_MESSAGES, classNames: { play: 'acme-play' } },
  decorators: [(Story) => <><PartnerBrandStyles /><Story /></>],
  parameters: { docs: { description: { story: 'A partner in Germany: their colours, type and corners from CSS variables, their language from `messages`.' } } },
};

export const OneLineEmbed: StoryObj = {
  render: () => <CallLogs />,
  parameters: { docs: { description: { story: '`<CallLogs />`: the table and the selected call, side by side when wide, in a drawer when narrow.' } } },
};
