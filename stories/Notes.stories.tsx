import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AdapterError, CallDetailPanel, type AnnotationDraft, type AnnotationLabel, type CallsAdapter } from '../src';
import { storyAdapter } from './support/adapters';

const LABELS: AnnotationLabel[] = [
  { id: 'hallucination', name: 'Hallucination' },
  { id: 'wrong-transfer', name: 'Wrong transfer' },
  { id: 'great', name: 'Great answer', color: '#22c55e' },
];

const REVIEW: AnnotationDraft[] = [
  { start: 1.2, end: 3.4, labelId: 'great', text: 'Warm, quick greeting.' },
  { start: 6, labelId: 'hallucination', text: 'Offers Tuesday at ten without checking the calendar tool first.' },
  { start: 9.5, end: 12, labelId: 'wrong-transfer', text: 'Should have stayed: the caller only wanted to confirm.' },
];

/** A fresh memory adapter per story, its first short call carrying `notes`; `change` adjusts the adapter. */
async function withNotes(notes: AnnotationDraft[], change: (adapter: CallsAdapter) => CallsAdapter = (a) => a) {
  const adapter = storyAdapter({ noteAuthor: { id: 'ana', name: 'Ana' } });
  const { calls } = await adapter.listCalls({ limit: 50 });
  const callId = calls.find((c) => c.recording === 'available' && c.durationSeconds! < 30)!.id;
  for (const note of notes) await adapter.createAnnotation!(callId, note);
  return { adapter: change(adapter), callId };
}

const meta = {
  title: 'Components/Notes',
  component: CallDetailPanel,
  args: { callId: '', annotationLabels: LABELS, defaultTab: 'notes', style: { maxWidth: 760 } },
  argTypes: { adapter: { control: false } },
  parameters: {
    docs: {
      description: {
        component: `Notes on a call, stored through the adapter: a **Notes** tab (make a note at the playhead, edit, delete,
play from it, copy them all) and a track under the lanes where overlapping notes get rows of their own. They show
when the adapter has \`listAnnotations\`; \`annotationLabels\` names the labels, \`canAnnotate={false}\` makes them read-only.

\`\`\`tsx
<CallDetailPanel callId={id} annotationLabels={[{ id: 'hallucination', name: 'Hallucination' }]} />
\`\`\``,
      },
    },
  },
  render: (args, { loaded }) => <CallDetailPanel {...args} adapter={loaded.adapter as CallsAdapter} callId={loaded.callId as string} />,
} satisfies Meta<typeof CallDetailPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotesOnACall: Story = {
  loaders: [() => withNotes(REVIEW)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    await expect(await canvas.findByRole('button', { name: 'Wrong transfer by Ana at 0:09 to 0:12' })).toBeVisible();
  },
};

export const ManyOverlapping: Story = {
  loaders: [() => withNotes([0, 0.2, 0.4, 0.6, 0.8].map((s, i) => ({ start: 4 + s, end: i % 2 ? 6 : undefined, labelId: LABELS[i % 3]!.id, text: `Overlapping note ${i + 1}` })))],
  play: async ({ canvasElement }) => {
    const track = await within(canvasElement).findByRole('list', { name: 'Notes on the timeline' });
    await waitFor(() => expect(within(track).getAllByRole('button')).toHaveLength(5));
  },
};

export const ReadOnly: Story = {
  args: { canAnnotate: false },
  loaders: [() => withNotes(REVIEW)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list', { name: 'Notes' });
    await expect(canvas.queryByRole('button', { name: 'Edit note' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: /^Add note at/ })).toBeNull();
  },
};

export const FailingBackend: Story = {
  loaders: [() => withNotes([], (adapter) => ({
    ...adapter,
    key: 'notes that fail',
    createAnnotation: async () => {
      throw new AdapterError('server', 'Could not save the note (HTTP 500). The API had a problem.', { status: 500 });
    },
  }))],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /^Add note at/ }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Note' }), 'Never saved{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The note was not saved');
    await expect(canvas.getByRole('textbox', { name: 'Note' })).toHaveValue('Never saved');
  },
};
