import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, createMemoryAdapter } from '../../src';
import '../../src/theme/styles.css';
import { render, screen, waitFor } from './helpers';
it('shot', async () => {
  const adapter = createMemoryAdapter({ calls: 20, now: Date.UTC(2026, 10, 20, 15) });
  const { calls } = await adapter.listCalls({ limit: 50 });
  const call = calls.find((c) => c.recording === 'available' && c.durationSeconds! > 100)!;
  render(<CallsProvider adapter={adapter}><div style={{ width: 900 }}><CallDetailPanel callId={call.id} getMomentUrl={(id, s) => `x?${id}&t=${s}`} /></div></CallsProvider>);
  await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: 'shot-long.png' });
  expect(1).toBe(1);
});
