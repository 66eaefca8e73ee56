import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AdapterError, CallLogTable, CallsProvider, DE_MESSAGES, type CallsAdapter } from '../src';
import { PartnerBrand as PartnerBrandStyles } from './support/brand';
import { catalogueAdapter, storyAdapter, withRecording } from './support/adapters';

const meta = {
  title: 'Components/CallLogTable',
  component: CallLogTable,
  args: { adapter: catalogueAdapter },
  argTypes: { adapter: { control: false } },
  parameters: {
    docs: {
      description: {
        component: `Call history with filters (date range, status, direction, assistant, search), server-side sort, cursor
paging and virtualized rows. The grid is one tab stop: ↑/↓, Page Up/Down, Home/End move; Enter or Space selects.

\`\`\`tsx
<CallLogTable onSelectCall={(call) => setSelected(call.id)} selectedCallId={selected} columns={['startedAt', 'status', 'recording']} />
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof CallLogTable>;
export default meta;

type Story = StoryObj<typeof meta>;
const rows = (el: HTMLElement) => el.querySelectorAll('[data-part="body"] [role="row"]');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(5));
    expect(within(canvasElement).getByText('100 of 500 calls')).toBeInTheDocument();
  },
};

export const KeyboardSelection: Story = {
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(5));
    const grid = within(canvasElement).getByRole('grid', { name: 'Call log' });
    grid.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('[aria-selected="true"]')).not.toBeNull());
    void args;
  },
};

export const FilteredByStatus: Story = {
  args: { defaultFilters: { range: 'all', status: ['failed', 'no-answer'], direction: [], search: '' } },
};

export const HundredThousandRows: Story = {
  args: { adapter: storyAdapter({ calls: 100_000 }), pageSize: 500 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('500 of 100,000 calls')).toBeInTheDocument(), { timeout: 15_000 });
  },
};

export const Loading: Story = {
  args: { adapter: { ...catalogueAdapter, listCalls: () => new Promise(() => undefined) } as CallsAdapter },
};

export const Empty: Story = { args: { adapter: storyAdapter({ calls: 0 }) } };

export const NoMatches: Story = {
  args: { defaultFilters: { range: 'all', status: [], direction: [], search: 'nothing matches this' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No calls match these filters.')).toBeInTheDocument();
  },
};

export const Failed: Story = {
  args: {
    adapter: {
      ...withRecording(catalogueAdapter, async () => null),
      listCalls: async () => {
        throw new AdapterError('unauthorized', 'Could not load the call list (HTTP 401). The API did not accept the access token. Sign in again or check the token.', { status: 401 });
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('HTTP 401');
  },
};

export const SomeColumns: Story = { args: { columns: ['startedAt', 'assistant', 'status', 'recording'] } };

export const Light: Story = { args: { theme: 'light' }, globals: { theme: 'light' } };

export const German: Story = {
  args: { messages: DE_MESSAGES, lang: 'de' },
  decorators: [(Story) => <CallsProvider adapter={catalogueAdapter} locale="de-DE"><Story /></CallsProvider>],
  parameters: { docs: { description: { story: 'German words, and dates, durations and money through `Intl` in `de-DE`.' } } },
};

export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar' },
  decorators: [(Story) => <CallsProvider adapter={catalogueAdapter} locale="ar"><Story /></CallsProvider>],
  parameters: { docs: { description: { story: 'Right to left: columns, toolbar and menus mirror.' } } },
};

export const PartnerBrand: Story = {
  args: { className: 'acme-brand' },
  decorators: [(Story) => <><PartnerBrandStyles /><Story /></>],
};
