import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DE_MESSAGES, StereoRecordingPlayer, type Messages } from '../src';
import {
  catalogueAdapter, failsToLoad, firstCallWith, malformedRecording, missingFile, neverLoads, noRecording, shortLivedUrls,
} from './support/adapters';
import { hourLongRecording, monoRecordingUrl, otherOriginUrl, recordingAdapter, silenceAndBargeInUrl } from './support/recordings';
import { PartnerBrand as PartnerBrandStyles, ARABIC_PLAYER_MESSAGES } from './support/brand';

const meta = {
  title: 'Components/StereoRecordingPlayer',
  component: StereoRecordingPlayer,
  args: { callId: '', adapter: catalogueAdapter, style: { maxWidth: 760 } },
  argTypes: { adapter: { control: false }, apiRef: { control: false } },
  // The catalogue's calls are made by a seeded memory adapter: find one with the wanted recording.
  loaders: [async ({ parameters }) => ({ callId: await firstCallWith(catalogueAdapter, (parameters.kind as 'short' | 'long' | undefined) ?? 'short') })],
  render: (args, { loaded }) => <StereoRecordingPlayer {...args} callId={args.callId || (loaded.callId as string)} />,
  parameters: {
    docs: {
      description: {
        component: `Plays a call's stereo recording: the caller (white) above the assistant (purple), with speed, seek,
download as \`<callId>.mp3\`, per-speaker mute/solo, turn navigation and zoom. Signed URLs are refreshed before they
expire and whenever storage refuses them.

\`\`\`tsx
<CallsProvider adapter={createHttpAdapter({ baseUrl, accountSlug, getToken })}>
  <StereoRecordingPlayer callId={call.id} transcript={call.transcript} onError={report} />
</CallsProvider>
\`\`\`

Once the lanes are complete, the conversation figures measured from the two channels: response times (median,
90th percentile, slow ones marked, \`slowResponseSeconds\`), interruptions with a replay each, talk share, longest
monologues, and a Skip silences switch. \`events\` (tool calls, handoffs…) are drawn above the lanes,
\`defaultTime\` starts at a moment, and \`getMomentUrl\` adds "Copy link to this moment".

Laid out like a player: the lanes with a time axis, then the transport (Play, time and seek, speed, turns,
Skip silences, zoom, link, keys, Download); a section that folds (remembered per browser) holds the legend of
what is drawn on the lanes and the figures. It lays itself out from its own width (container queries), from a
280 px sidebar up, with 24 px targets (44 px for a finger).

Keyboard (focus anywhere in the player): Space play/pause, ←/→ 5 s (Shift: 15 s), Home/End, [ and ] speed,
P/N previous/next turn, + and - zoom; the events track and the mute/solo switches are one tab stop each
(arrows move inside). Theme with CSS variables (\`--tt-caller-wave\`, \`--tt-assistant-wave\`, …),
\`theme="light"\` or \`"system"\` (repainted whenever the tokens change), \`classNames\` per part or \`unstyled\`.`,
      },
    },
  },
} satisfies Meta<typeof StereoRecordingPlayer>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-talkturo-player]');

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('paused'), { timeout: 10_000 });
    await waitFor(() => expect(root(canvasElement)?.dataset.waveform).toBe('ready'), { timeout: 10_000 });
    const canvas = within(canvasElement);
    expect(canvas.getByRole('button', { name: 'Play' })).toBeEnabled();
    // The file's length as the media reads it (about 19 s; the decoded lanes say 18.97).
    expect(Number(canvas.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuemax'))).toBeCloseTo(19, 0);
  },
};

export const LongCall: Story = { parameters: { kind: 'long' } };

export const Playing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('paused'), { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('playing'));
    await waitFor(() => expect(Number(canvas.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow'))).toBeGreaterThan(0.5));
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
  },
};

export const ShortLivedUrlRefreshing: Story = {
  args: { adapter: shortLivedUrls() },
  parameters: {
    docs: {
      description: {
        story: 'URLs that live 4 seconds. A fresh one is always kept ready; the media element reloads (`data-url-generation` on the root counts it) only when it has to reach storage after its URL expired, so paused past expiry nothing reloads and Play starts at once. A call this short is read once and played from memory, so it never reloads.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('paused'), { timeout: 10_000 });
    const loads = root(canvasElement)?.dataset.urlGeneration;
    await new Promise((r) => setTimeout(r, 5_000));
    expect(root(canvasElement)?.dataset.state).toBe('paused');
    // Paused past the URL's life: nothing reloads (a short call is read once and played from memory).
    expect(root(canvasElement)?.dataset.urlGeneration).toBe(loads);
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number(canvas.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow'))).toBeGreaterThan(0.5), { timeout: 5_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
  },
};

export const Loading: Story = {
  args: { adapter: neverLoads, callId: 'call-that-never-loads' },
  play: async ({ canvasElement }) => {
    expect(root(canvasElement)?.dataset.state).toBe('loading');
    expect(within(canvasElement).getByRole('button', { name: 'Play' })).toBeDisabled();
  },
};

export const AdapterFailure: Story = {
  args: { adapter: failsToLoad, callId: 'call-1' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('HTTP 503');
    expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const MissingFile: Story = {
  args: { adapter: missingFile, callId: 'call-1' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('not found');
  },
};

export const MalformedRecording: Story = {
  args: { adapter: malformedRecording, callId: 'call-1' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('recording.expiresAt');
  },
};

export const NoRecording: Story = {
  args: { adapter: noRecording, callId: 'call-1' },
  parameters: { docs: { description: { story: 'A call without a recording says so (`data-state="none"`); `onError` hears `no-recording` once.' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'none'));
    expect(root(canvasElement)).toHaveTextContent('This call has no recording.');
  },
};

export const HourLongWithPeaks: Story = {
  args: { adapter: recordingAdapter(async () => (await hourLongRecording()).source), callId: 'hour-long' },
  loaders: [async () => ({ turns: (await hourLongRecording()).turns })],
  render: (args, { loaded }) => <StereoRecordingPlayer {...args} transcript={loaded.turns as never} />,
  parameters: { docs: { description: { story: 'An hour-long call whose peaks come with the recording: nothing is decoded, the lanes draw at once and the audio streams.' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.dataset.waveform).toBe('ready'), { timeout: 15_000 });
    expect(within(canvasElement).getByText(/^0:00 \/ 1:00:\d\d$/)).toBeVisible();
  },
};

export const SkipSilences: Story = {
  args: { adapter: recordingAdapter(() => ({ url: silenceAndBargeInUrl(), expiresAt: Date.now() + 3_600_000 })), callId: 'silence' },
  parameters: { docs: { description: { story: 'Six seconds where nobody speaks: with **Skip silences** on, playback jumps over them (keeping a quarter second at each edge) and says how much time it saved.' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Conversation figures' }, { timeout: 10_000 });
    // In the transport, usable once the figures are in.
    const toggle = canvas.getByRole('switch', { name: 'Skip silences' });
    await expect(toggle).toBeEnabled();
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
  },
};

export const EventsAndInterruptions: Story = {
  args: {
    adapter: recordingAdapter(() => ({ url: silenceAndBargeInUrl(), expiresAt: Date.now() + 3_600_000 })),
    callId: 'barge-in',
    events: [
      { type: 'tool-call', label: 'lookup_order', atSeconds: 3.4, durationMs: 900, detail: '{"order":"A-1042"}' },
      { type: 'hold', label: 'Checking stock', atSeconds: 5, durationMs: 3000 },
      { type: 'transfer', label: 'Billing queue', atSeconds: 14.4 },
    ],
    getMomentUrl: (callId: string, seconds: number) => `https://dashboard.example/calls/${callId}?t=${seconds}`,
  },
  parameters: { docs: { description: { story: 'Events on the track above the lanes (a button each: it plays from there), the caller cutting in while the assistant talks (marked on the caller\'s lane, listed with a replay from two seconds before), the slow answer bracketed on the assistant\'s lane, and "Copy link to this moment".' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figures = await canvas.findByRole('group', { name: 'Conversation figures' }, { timeout: 10_000 });
    await expect(figures).toHaveTextContent('caller 1 · assistant 0');
    await userEvent.click(within(figures).getByRole('button', { name: 'List interruptions' }));
    await expect(within(figures).getByRole('button', { name: 'Replay from 0:09' })).toBeVisible();
    // The events track loads on demand.
    await expect(await canvas.findByRole('button', { name: 'Tool call lookup_order at 0:03' })).toBeVisible();
  },
};

export const MonoFile: Story = {
  args: { adapter: recordingAdapter(() => ({ url: monoRecordingUrl(), expiresAt: Date.now() + 3_600_000 })), callId: 'mono' },
  parameters: { docs: { description: { story: 'A single-channel file: both lanes show it, and the mute/solo switches say why they are off.' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.dataset.listening).toBe('mono'), { timeout: 10_000 });
  },
};

export const AudioBlockedByCors: Story = {
  args: { adapter: recordingAdapter(() => ({ url: otherOriginUrl(), expiresAt: Date.now() + 3_600_000 })), callId: 'no-cors' },
  parameters: { docs: { description: { story: 'The file comes from an origin that sends no CORS headers: it plays, but the waveform cannot be read and per-speaker listening is off, with the reason shown.' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.dataset.listening).toBe('cors-blocked'), { timeout: 10_000 });
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('paused'));
  },
};

export const InANarrowSidebar: Story = {
  args: { style: { width: 300 } },
  parameters: { docs: { description: { story: 'A 300 px sidebar: the lane names sit on their lanes, the transport wraps with the Seek slider on a row of its own, and nothing leaves the box.' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.dataset.waveform).toBe('ready'), { timeout: 10_000 });
    const box = root(canvasElement)!.getBoundingClientRect();
    for (const name of ['Play', 'Download recording']) {
      const control = within(canvasElement).getByRole('button', { name }).getBoundingClientRect();
      await expect(control.right).toBeLessThanOrEqual(box.right + 1);
    }
  },
};

export const SystemTheme: Story = {
  args: { theme: 'system' },
  parameters: { docs: { description: { story: '`theme="system"`: light or dark as the device is set, and repainted when that setting flips.' } } },
};

export const Light: Story = {
  args: { theme: 'light' },
  globals: { theme: 'light' },
};

export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar', messages: ARABIC_PLAYER_MESSAGES as Partial<Messages> },
  parameters: { docs: { description: { story: 'Right to left: the controls and labels mirror, the waveform\'s time axis does not.' } } },
};

export const German: Story = {
  args: { messages: DE_MESSAGES, lang: 'de' },
};

export const PartnerBrand: Story = {
  args: { className: 'acme-brand', classNames: { play: 'acme-play' } },
  decorators: [(Story) => <><PartnerBrandStyles /><Story /></>],
  parameters: { docs: { description: { story: 'A partner\'s brand from CSS variables and a class on one part, nothing else.' } } },
};
