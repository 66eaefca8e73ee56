import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StereoRecordingPlayer, type CallsAdapter } from '../src';
import {
  catalogueAdapter, failsToLoad, firstCallWith, malformedRecording, missingFile, neverLoads, noRecording, shortLivedUrls,
} from './support/adapters';

/** Finds a call id of the given kind in the adapter before rendering the player. */
function PlayerFor({ adapter, kind = 'short', callId }: { adapter: CallsAdapter; kind?: 'short' | 'long'; callId?: string }) {
  const [id, setId] = useState(callId);
  useEffect(() => {
    if (!callId) void firstCallWith(catalogueAdapter, kind).then(setId);
  }, [callId, kind]);
  return id ? <StereoRecordingPlayer callId={id} adapter={adapter} style={{ maxWidth: 760 }} /> : null;
}

const meta = {
  title: 'Components/StereoRecordingPlayer',
  component: PlayerFor,
  args: { adapter: catalogueAdapter },
  argTypes: { adapter: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Plays a call\'s stereo recording: the caller (white) above the assistant (purple). Keyboard: Space play/pause, ←/→ 5 s, Shift+←/→ 15 s, Home/End, [ and ] for speed. Signed URLs are refreshed before they expire and whenever storage refuses them.',
      },
    },
  },
} satisfies Meta<typeof PlayerFor>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-talkturo-player]');

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.dataset.state).toBe('paused'), { timeout: 10_000 });
    await waitFor(() => expect(root(canvasElement)?.dataset.waveform).toBe('ready'), { timeout: 10_000 });
    const canvas = within(canvasElement);
    expect(canvas.getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(canvas.getByRole('slider', { name: 'Seek' })).toHaveAttribute('aria-valuemax', '18.97');
  },
};

export const LongCall: Story = { args: { kind: 'long' } };

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
  parameters: { docs: { description: { story: 'URLs that live 4 seconds: `data-url-generation` on the root counts the refreshes.' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(Number(root(canvasElement)?.dataset.urlGeneration)).toBeGreaterThan(1), { timeout: 10_000 });
    expect(root(canvasElement)?.dataset.state).toBe('paused');
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
  parameters: { docs: { description: { story: 'A call without a recording renders nothing at all.' } } },
  play: async ({ canvasElement }) => {
    await new Promise((r) => setTimeout(r, 300));
    expect(root(canvasElement)).toBeNull();
  },
};
