import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { createMemoryAdapter } from '../src';
import { useCallsContext } from '../src/queries/provider';
import { useInfiniteQuery } from '@tanstack/react-query';
import { callListOptions } from '../src';

// What the catalogue's default decorator hands every component: seeded calls from the memory adapter.
function SeededCalls({ limit }: { limit: number }) {
  const { adapter } = useCallsContext({});
  const list = useInfiniteQuery(callListOptions(adapter!, { limit }));
  if (list.isPending) return <p>Loading calls…</p>;
  if (list.isError) return <p role="alert">{list.error.message}</p>;
  const page = list.data.pages[0]!;
  return (
    <table>
      <caption>{page.total} seeded calls (first {page.calls.length})</caption>
      <thead>
        <tr><th scope="col">Id</th><th scope="col">Direction</th><th scope="col">Status</th><th scope="col">Recording</th></tr>
      </thead>
      <tbody>
        {page.calls.map((c) => (
          <tr key={c.id}><td>{c.id}</td><td>{c.direction}</td><td>{c.status}</td><td>{c.recording}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Data/Memory adapter',
  component: SeededCalls,
  args: { limit: 10 },
} satisfies Meta<typeof SeededCalls>;
export default meta;

type Story = StoryObj<typeof meta>;

export const FirstPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(await canvas.findByText(/500 seeded calls/)).toBeInTheDocument();
    for (const state of ['available', 'processing', 'disabled', 'not-captured', 'purged']) {
      expect(canvas.getAllByText(state).length).toBeGreaterThan(0);
    }
  },
};

export const Empty: Story = {
  parameters: { adapter: createMemoryAdapter({ calls: 0 }) },
  play: async ({ canvasElement }) => {
    expect(await within(canvasElement).findByText(/0 seeded calls/)).toBeInTheDocument();
  },
};
