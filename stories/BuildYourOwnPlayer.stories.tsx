import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CallLogTable, CallRowPlayer, PlayerDownload, PlayerDownloadStatus, PlayerEvents, PlayerFigures, PlayerKeys, PlayerMomentLink, PlayerMuteSolo, PlayerNotes, PlayerLanes, PlayerPlayButton, PlayerRoot, PlayerSeek, PlayerSkipSilences, PlayerSpeed, PlayerTime, PlayerTurnNav, PlayerZoom, StereoRecordingPlayer, usePlayer, usePlayerCommands, type Annotation } from '../src';
import { catalogueAdapter, firstCallWith } from './support/adapters';
import { PartnerBrand } from './support/brand';

interface LayoutArgs {
  callId: string;
}

const meta = {
  title: 'Guides/Build your own player',
  component: PlayerRoot,
  subcomponents: {
    'PlayerLanes': PlayerLanes,
    'PlayerPlayButton': PlayerPlayButton,
    'PlayerTime': PlayerTime,
    'PlayerSeek': PlayerSeek,
    'PlayerSpeed': PlayerSpeed,
    'PlayerDownload': PlayerDownload,
    'PlayerDownloadStatus': PlayerDownloadStatus,
    'PlayerTurnNav': PlayerTurnNav,
    'PlayerZoom': PlayerZoom,
    'PlayerSkipSilences': PlayerSkipSilences,
    'PlayerMuteSolo': PlayerMuteSolo,
    'PlayerKeys': PlayerKeys,
    'PlayerEvents': PlayerEvents,
    'PlayerNotes': PlayerNotes,
    'PlayerFigures': PlayerFigures,
    'PlayerMomentLink': PlayerMomentLink,
  },
  args: { callId: '', adapter: catalogueAdapter },
  argTypes: { adapter: { control: false } },
  loaders: [async () => ({ callId: await firstCallWith(catalogueAdapter, 'short') })],
  parameters: {
    docs: {
      description: {
        component: `\`StereoRecordingPlayer\` is one layout of the player's parts. Lay out your own: \`PlayerRoot\` loads
the call's recording, keeps its signed URL fresh and hands the parts inside it what they show. Put the parts in
any order, in your own rows, toolbars and grids; leave out what you do not need (without \`PlayerLanes\` no
waveform is read or drawn, and nothing is read before Play). \`PlayerTurnNav\` steps through the \`transcript\`
given to the root, \`PlayerZoom\` zooms the lanes, \`PlayerSkipSilences\` jumps over long silences once the
lanes are analysed, \`PlayerMuteSolo speaker="caller"\` mutes or solos one side (only with it are the samples
read with CORS, through Web Audio), \`PlayerKeys\` lists the keys behind a button, \`PlayerEvents events={…}\`
marks the call's events in step with the lanes, \`PlayerNotes annotations={…}\` shows the notes on a track under
them, \`PlayerFigures\` shows the conversation figures once the lanes
are analysed and \`PlayerMomentLink getUrl={…}\` copies a link to the moment playing (each loads its code when
rendered).

\`\`\`tsx
import { PlayerDownload, PlayerLanes, PlayerPlayButton, PlayerRoot, PlayerSeek, PlayerSpeed, PlayerTime } from '@talkturo/components-react';

<PlayerRoot callId={call.id}>
  <PlayerLanes />
  <div className="my-row">
    <PlayerPlayButton />
    <PlayerTime />
    <PlayerSeek />
    <PlayerSpeed />
    <PlayerDownload />
  </div>
</PlayerRoot>
\`\`\`

Every part forwards its ref, passes your props to its element, adds your \`className\` to ours (or \`classNames\` on
the root, per part), and runs your event handlers first (call \`event.preventDefault()\` to keep ours from
running). Your own controls read the player through \`usePlayer(selector)\` (it re-renders only when the
selected value changes: return a primitive or a value held in the state) and act through
\`usePlayerCommands()\`. The player's keys work anywhere inside the root. A part outside a root renders nothing
and says so in the console in development.`,
      },
    },
  },
} satisfies Meta<typeof PlayerRoot>;
export default meta;

type Story = StoryObj<typeof meta>;

const playerRoot = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-talkturo-player]');

/** One line, as in a table row: play, the time and the position, no lanes. */
function CompactRow({ callId }: LayoutArgs) {
  return (
    <PlayerRoot callId={callId} adapter={catalogueAdapter} style={{ maxWidth: 520, padding: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <PlayerPlayButton />
        <PlayerSeek />
        <PlayerTime />
      </div>
    </PlayerRoot>
  );
}

export const CompactRowPlayer: Story = {
  render: (args, { loaded }) => <CompactRow callId={args.callId || (loaded.callId as string)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(playerRoot(canvasElement)?.dataset.state).toBe('paused'), { timeout: 10_000 });
    expect(canvasElement.querySelector('canvas')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number(canvas.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow'))).toBeGreaterThan(0.3), { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
  },
};

/**
 * The compact player in the call log: \`rowPlayer={CallRowPlayer}\` puts a Play button on each row with a
 * recording (the player's Play part and a position bar along the row). One call plays at a time, Space plays
 * the active row, and opening a call hands on where it was (\`CallLogs\` carries on in its panel).
 */
export const CallLogRows: Story = {
  render: () => (
    <div style={{ maxWidth: 960 }}>
      <CallLogTable adapter={catalogueAdapter} rowPlayer={CallRowPlayer} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await waitFor(() => {
      const buttons = canvas.getAllByRole('button', { name: /^Play the call of/ });
      expect(buttons.length).toBeGreaterThan(0);
      return buttons;
    }, { timeout: 10_000 });
    await userEvent.click(first!);
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Pause the call of/ })).toBeEnabled(), { timeout: 10_000 });
    await waitFor(() => expect(Number(canvas.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(0.2), { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: /^Pause the call of/ }));
  },
};

/** A partner's own play button: it reads the player's status and calls its commands. */
function AcmePlayButton() {
  const status = usePlayer((s) => s.status);
  const player = usePlayerCommands();
  return (
    <button type="button" className="acme-button" disabled={status === 'loading'} onClick={() => player?.toggle()}>
      {status === 'playing' ? 'Pause call' : 'Play call'}
    </button>
  );
}

const ACME_LAYOUT_CSS = `
.acme-player { display: grid; gap: 12px; padding: 12px; }
.acme-toolbar { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.acme-toolbar h3 { margin: 0; font-size: 14px; }
.acme-actions { display: flex; align-items: center; gap: 8px; }
.acme-button { font: inherit; white-space: nowrap; padding: 6px 14px; border-radius: 2px; border: 1px solid #f59e0b; background: #f59e0b; color: #1a1205; cursor: pointer; }
.acme-button:disabled { opacity: 0.5; cursor: not-allowed; }
.acme-button:focus-visible { outline: 2px solid #fde68a; outline-offset: 2px; }
.acme-transport { display: flex; align-items: center; gap: 12px; }
`;

const ACME_LABELS = [{ id: 'follow-up', name: 'Follow up', color: '#f59e0b' }];
/** The partner's own notes on the call (from their backend), on the track under the lanes. */
const acmeNotes = (callId: string): Annotation[] => [
  { id: 'acme-1', callId, start: 2, end: 5, labelId: 'follow-up', text: 'Caller asks for a refund', author: { id: 'kim', name: 'Kim' }, createdAt: '2026-12-01T09:00:00Z', updatedAt: '2026-12-01T09:00:00Z', version: 1 },
  { id: 'acme-2', callId, start: 9, text: 'Good recovery', author: { id: 'kim', name: 'Kim' }, createdAt: '2026-12-01T09:02:00Z', updatedAt: '2026-12-01T09:02:00Z', version: 1 },
];

/** Download in the partner's own toolbar, their own Play, their colours; the lanes and their notes between. */
function PartnerLayout({ callId }: LayoutArgs) {
  return (
    <div className="acme-brand" style={{ maxWidth: 760 }}>
      <PartnerBrand />
      <style>{ACME_LAYOUT_CSS}</style>
      <PlayerRoot callId={callId} adapter={catalogueAdapter} className="acme-player" aria-label="Acme call review">
        <div className="acme-toolbar">
          <h3>Call recording</h3>
          <div className="acme-actions" role="toolbar" aria-label="Recording actions">
            <PlayerDownloadStatus />
            <PlayerSpeed />
            <PlayerDownload />
            <PlayerKeys />
          </div>
        </div>
        <PlayerLanes />
        <PlayerNotes annotations={acmeNotes(callId)} labels={ACME_LABELS} />
        <div className="acme-transport">
          <PlayerMuteSolo speaker="caller" />
          <PlayerMuteSolo speaker="assistant" />
        </div>
        <div className="acme-transport">
          <AcmePlayButton />
          <PlayerSeek />
          <PlayerTime />
        </div>
      </PlayerRoot>
    </div>
  );
}

export const PartnerOwnLayout: Story = {
  render: (args, { loaded }) => <PartnerLayout callId={args.callId || (loaded.callId as string)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(playerRoot(canvasElement)?.dataset.waveform).toBe('ready'), { timeout: 10_000 });
    const toolbar = canvas.getByRole('toolbar', { name: 'Recording actions' });
    expect(within(toolbar).getByRole('button', { name: 'Download recording' })).toBeEnabled();
    expect(await canvas.findByRole('button', { name: 'Follow up by Kim at 0:02 to 0:05' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Play call' }));
    await waitFor(() => expect(playerRoot(canvasElement)?.dataset.state).toBe('playing'));
    await userEvent.click(canvas.getByRole('button', { name: 'Pause call' }));
    await waitFor(() => expect(playerRoot(canvasElement)?.dataset.state).toBe('paused'));
  },
};

/** The default assembly of the same parts, with every feature. */
export const DefaultAssembly: Story = {
  render: (args, { loaded }) => <StereoRecordingPlayer callId={args.callId || (loaded.callId as string)} adapter={catalogueAdapter} style={{ maxWidth: 760 }} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(playerRoot(canvasElement)?.dataset.waveform).toBe('ready'), { timeout: 10_000 });
  },
};
