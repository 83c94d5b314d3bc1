import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ChosenRole } from '../../components/ChosenRole';
import { Popup } from '../../components/Popup';
import { createRoleLookup } from '../../lib/titles/lookup';
import { ROLE_LISTINGS } from '../../lib/data/listings';
import { loadRoleCatalog, type RoleCatalog } from '../../lib/data/catalog';

let catalog: RoleCatalog;
beforeAll(async () => {
  catalog = await loadRoleCatalog();
});

function renderPopup(props: Partial<Parameters<typeof Popup>[0]> = {}) {
  const copyText = vi.fn(async (_text: string) => {});
  render(<Popup listings={catalog.roles} catalog={catalog} ChosenRoleView={ChosenRole} regionId="us" showDuties copyText={copyText} lookup={createRoleLookup(catalog.roles)} {...props} />);
  return { copyText, search: screen.getByRole('combobox', { name: 'Look up a role' }) };
}

const optionIds = () => screen.queryAllByRole('option').map((option) => option.getAttribute('data-role-id'));

describe('popup search', () => {
  it('opens with the cursor in an empty search field listing the six roles', () => {
    const { search } = renderPopup();
    expect(search).toHaveProperty('type', 'search');
    expect(document.activeElement).toBe(search);
    expect(optionIds()).toEqual(catalog.roles.map((role) => role.id));
  });

  it.each([
    ['custmer suport directr', 'customer-support-director'],
    ['cs mgr', 'customer-support-manager'],
    ['care manager', 'customer-care-manager'],
    ['director of customer service', 'customer-service-director'],
    ['Sr. Mgr, Customer Care (Bilingual)', 'customer-care-manager'],
    ['cusotmer care dirctor', 'customer-care-director'],
    ['servce managr', 'customer-service-manager'],
    ['head of customer support', 'customer-support-director'],
    ['CUSTOMER SERVICES MANAGER', 'customer-service-manager'],
  ])('“%s” finds %s first', (query, roleId) => {
    const { search } = renderPopup();
    fireEvent.input(search, { target: { value: query } });
    expect(optionIds()[0]).toBe(roleId);
  });

  it('lists the roles before anything is unpacked, then follows what was typed once the search arrives', () => {
    const copyText = async () => {};
    const { rerender } = render(<Popup listings={ROLE_LISTINGS} copyText={copyText} />);
    expect(optionIds()).toEqual(catalog.roles.map((role) => role.id));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
      catalog.roles.map((role) => expect.stringContaining(role.title)),
    );
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'care manager' } });
    expect(optionIds()).toHaveLength(6);
    rerender(<Popup listings={ROLE_LISTINGS} copyText={copyText} catalog={catalog} ChosenRoleView={ChosenRole} lookup={createRoleLookup(catalog.roles)} />);
    expect(optionIds()[0]).toBe('customer-care-manager');
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'care manager');
  });

  it('applies a late handed-over query or posting only if the user has not typed yet', () => {
    const copyText = async () => {};
    const lookup = createRoleLookup(catalog.roles);
    const first = render(<Popup listings={ROLE_LISTINGS} copyText={copyText} />);
    first.rerender(<Popup listings={ROLE_LISTINGS} copyText={copyText} catalog={catalog} ChosenRoleView={ChosenRole} lookup={lookup} initialQuery="care dirctor" />);
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'care dirctor');
    expect(optionIds()[0]).toBe('customer-care-director');

    cleanup();
    const second = render(<Popup listings={ROLE_LISTINGS} copyText={copyText} />);
    second.rerender(<Popup listings={ROLE_LISTINGS} copyText={copyText} catalog={catalog} ChosenRoleView={ChosenRole} initialRoleId="customer-care-director" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Customer Care Director');

    cleanup();
    const third = render(<Popup listings={ROLE_LISTINGS} copyText={copyText} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'support' } });
    third.rerender(<Popup listings={ROLE_LISTINGS} copyText={copyText} catalog={catalog} ChosenRoleView={ChosenRole} initialQuery="care" initialRoleId="customer-care-director" />);
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'support');
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('Enter pressed before the search arrives chooses the query’s best match once it does', () => {
    const copyText = async () => {};
    const { rerender } = render(<Popup listings={ROLE_LISTINGS} copyText={copyText} catalog={catalog} ChosenRoleView={ChosenRole} />);
    const search = screen.getByRole('combobox');
    fireEvent.input(search, { target: { value: 'servce managr' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    rerender(<Popup listings={ROLE_LISTINGS} copyText={copyText} catalog={catalog} ChosenRoleView={ChosenRole} lookup={createRoleLookup(catalog.roles)} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Customer Service Manager');
  });

  it('says so when a chosen role’s data cannot be loaded', () => {
    render(<Popup listings={ROLE_LISTINGS} copyText={async () => {}} dataError />);
    fireEvent.click(screen.getAllByRole('option')[2]!);
    expect(screen.getByRole('status').textContent).toBe('The role data could not be loaded.');
  });

  it('says plainly when nothing matches, and offers the six roles', () => {
    const { search } = renderPopup();
    fireEvent.input(search, { target: { value: 'banana bread baker' } });
    expect(screen.getByRole('status').textContent).toContain('No role matches “banana bread baker”');
    expect(optionIds()).toHaveLength(6);
  });

  it('does not turn a Customer Success query into one of our roles', () => {
    const { search } = renderPopup();
    fireEvent.input(search, { target: { value: 'customer success manager' } });
    expect(screen.getByRole('status').textContent).toContain('No role matches');
  });

  it('chooses with the arrow keys and Enter, then shows the role card', () => {
    const { search } = renderPopup();
    fireEvent.input(search, { target: { value: 'customer care' } });
    const [first, second] = optionIds();
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe(`role-option-${second}`);
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    fireEvent.keyDown(search, { key: 'Enter' });
    const card = document.querySelector('article.rl-card');
    expect(card?.getAttribute('data-role-id')).toBe(first);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(catalog.role(first as never).title);
  });

  it('opens on the role of the posting in the active tab', () => {
    renderPopup({ initialRoleId: 'customer-care-director', initialRoleNote: 'From the posting in this tab: “Director of Customer Care”' });
    expect(document.querySelector('article.rl-card')?.getAttribute('data-role-id')).toBe('customer-care-director');
    expect(document.body.textContent).toContain('From the posting in this tab');
  });
});

describe('compare and copy', () => {
  it('compares a role with the same family’s other level, side by side', () => {
    renderPopup({ initialRoleId: 'customer-support-manager' });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const columns = document.querySelectorAll('.rl-compare__column');
    expect([...columns].map((column) => column.getAttribute('data-role-id'))).toEqual([
      'customer-support-manager',
      'customer-support-director',
    ]);
    expect(within(columns[1] as HTMLElement).getByText('US base · pub. 2023 · $90K–$170K a year')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Compare/ }), { target: { value: 'customer-care-manager' } });
    expect(document.querySelectorAll('.rl-compare__column')[1]?.getAttribute('data-role-id')).toBe('customer-care-manager');
  });

  it('copies a plain-text summary with title, range, experience and sources', async () => {
    const { copyText } = renderPopup({ initialRoleId: 'customer-support-director' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await vi.waitFor(() => expect(screen.getByText('Summary copied.')).toBeTruthy());
    const text = copyText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('Customer Support Director');
    expect(text).toContain('Pay: US base · pub. 2023 · $90K–$170K a year');
    expect(text).toMatch(/Experience: 8–12 years/);
    expect(text).toMatch(/Sources: .*2023-11-10/);
  });

  it('says so when the clipboard refuses', async () => {
    renderPopup({ initialRoleId: 'customer-care-manager', copyText: () => Promise.reject(new Error('denied')) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await vi.waitFor(() => expect(screen.getByText(/Could not copy/)).toBeTruthy());
  });
});
