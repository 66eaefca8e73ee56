// Deterministic demo data: the same seed and anchor time always give the same calls.
import type { Assistant, CallDetail, CallDirection, CallStatus, RecordingAvailability } from '../types.js';
import { FIXTURE_CALLS, type FixtureCall } from './fixtures/transcripts.js';

export interface SeededAssistant extends Assistant {
  recordingEnabled: boolean;
}

export interface SeededCall extends CallDetail {
  /** Which bundled recording plays for this call. */
  fixture?: 'short' | 'long';
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED_ASSISTANTS: readonly SeededAssistant[] = [
  { id: 'asst_reception', name: 'Front Desk', recordingEnabled: true },
  { id: 'asst_claims', name: 'Claims Intake', recordingEnabled: true },
  { id: 'asst_billing', name: 'Billing Helper', recordingEnabled: true },
  { id: 'asst_outreach', name: 'Renewal Outreach', recordingEnabled: true },
  { id: 'asst_private', name: 'Private Line', recordingEnabled: false },
];

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function phone(random: () => number): string {
  const digits = Array.from({ length: 7 }, () => Math.floor(random() * 10)).join('');
  return `+1415${digits}`;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// The first calls cover every status, direction and recording state, so a short list shows them all.
const SHOWCASE: { status: CallStatus; recording: RecordingAvailability; direction: CallDirection }[] = [
  { status: 'completed', recording: 'processing', direction: 'inbound' },
  { status: 'completed', recording: 'available', direction: 'inbound' },
  { status: 'completed', recording: 'available', direction: 'outbound' },
  { status: 'completed', recording: 'disabled', direction: 'web' },
  { status: 'no-answer', recording: 'not-captured', direction: 'outbound' },
  { status: 'completed', recording: 'purged', direction: 'inbound' },
  { status: 'failed', recording: 'not-captured', direction: 'web' },
  { status: 'busy', recording: 'not-captured', direction: 'outbound' },
  { status: 'canceled', recording: 'not-captured', direction: 'inbound' },
  { status: 'in-progress', recording: 'processing', direction: 'inbound' },
];

const REASONS: Record<string, string> = {
  completed: 'customer-ended-call', 'no-answer': 'customer-did-not-answer', failed: 'pipeline-error',
  busy: 'customer-busy', canceled: 'assistant-canceled', 'in-progress': '',
};

const SUMMARIES = {
  short: 'The caller booked a dental cleaning for Tuesday at 10 am. The assistant confirmed the booking.',
  long: 'Jordan Ellis asked about an open water-damage claim. The assistant confirmed the photos arrived, explained the three-day review, the $500 deductible and living-expense cover, and promised an emailed summary.',
};

export function seedCalls(count: number, seed: number, now: number): SeededCall[] {
  const random = mulberry32(seed);
  const calls: SeededCall[] = [];
  let startedAt = now - 4 * 60_000;
  for (let i = 0; i < count; i++) {
    const showcase = SHOWCASE[i];
    const roll = random();
    const status: CallStatus = showcase?.status ?? (roll < 0.82 ? 'completed' : pick(random, ['no-answer', 'failed', 'busy', 'canceled'] as const));
    const direction = showcase?.direction ?? pick(random, ['inbound', 'inbound', 'outbound', 'web'] as const);
    const assistant = i === 3 ? SEED_ASSISTANTS[4]! : pick(random, SEED_ASSISTANTS);
    const ageDays = (now - startedAt) / 86_400_000;
    let recording: RecordingAvailability = showcase?.recording ??
      (status !== 'completed' ? 'not-captured' : !assistant.recordingEnabled ? 'disabled' : ageDays > 90 ? 'purged' : 'available');
    if (recording === 'available' && !assistant.recordingEnabled) recording = 'disabled';
    const fixtureName: 'short' | 'long' = random() < 0.6 ? 'short' : 'long';
    const talked = status === 'completed' || status === 'in-progress';
    const fixture: FixtureCall | undefined = talked ? FIXTURE_CALLS[fixtureName] : undefined;
    const durationSeconds = fixture ? fixture.durationSeconds : status === 'canceled' ? Math.round(random() * 8) : 0;
    const fromNumber = phone(random);
    const toNumber = phone(random);
    const call: SeededCall = {
      id: uuid(random),
      assistantId: assistant.id,
      assistantName: assistant.name,
      direction,
      status,
      ...(direction === 'web' ? {} : { fromNumber: direction === 'inbound' ? fromNumber : '+14155550100', toNumber: direction === 'inbound' ? '+14155550100' : toNumber }),
      startedAt: new Date(startedAt).toISOString(),
      ...(status === 'in-progress' ? {} : { endedAt: new Date(startedAt + durationSeconds * 1000).toISOString(), durationSeconds }),
      ...(REASONS[status] ? { endedReason: REASONS[status] } : {}),
      costUsd: Math.round((0.02 + durationSeconds * 0.0018 + random() * 0.01) * 10_000) / 10_000,
      recording,
      // The transcript is the fixture's, attached when a call is read: 100,000 copies would cost 100 MB.
      ...(fixture ? { summary: SUMMARIES[fixtureName] } : {}),
      metadata: { campaign: direction === 'outbound' ? 'renewals-q4' : null, language: 'en-US', sentiment: Math.round(random() * 100) / 100 },
      ...(fixture ? { fixture: fixtureName } : {}),
    };
    calls.push(call);
    // Calls thin out further back, so 100,000 calls span a few years rather than a few days.
    startedAt -= Math.round((3 + random() * 40) * 60_000 * (1 + i / 2000));
  }
  return calls;
}
