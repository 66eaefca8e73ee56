// @vitest-environment node
// Server rendering (Next.js app router, Remix): importing and rendering touches no browser global.
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { CallDetailPanel, CallLogs, CallLogTable, createMemoryAdapter, StereoRecordingPlayer } from '../../src';

it('renders every component to a string in plain Node', () => {
  expect(typeof window).toBe('undefined');
  const adapter = createMemoryAdapter({ calls: 10 });
  const player = renderToString(<StereoRecordingPlayer callId="c1" adapter={adapter} />);
  expect(player).toContain('data-state="loading"');
  expect(renderToString(<CallLogTable adapter={adapter} />)).toContain('Loading calls…');
  expect(renderToString(<CallDetailPanel callId="c1" adapter={adapter} />)).toContain('Loading call…');
  expect(renderToString(<CallLogs adapter={adapter} />)).toContain('data-talkturo-logs');
});
