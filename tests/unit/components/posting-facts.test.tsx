// What the panel says the posting itself says: its level on the ladder, the experience it asks
// against the role's norm, and the law on stating pay where it is, each with its source.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PostingFacts } from '../../../components/PostingFacts';
import { parsePostedPay } from '../../../lib/pay/parse';
import { readPosting } from '../../../lib/posting/read';
import { catalog } from './panel-setup';

const NEW_YORK = { country: 'US', subdivision: 'US-NY', regionId: 'us', evidence: 'location' as const };

function show(title: string, description: string | undefined, location: string, payText?: string) {
  const pay = payText ? parsePostedPay(payText, { country: 'US' }) : null;
  const reading = readPosting({ title, description, location, datePosted: '2026-11-20' }, pay, NEW_YORK, catalog.role('customer-support-director'), catalog);
  render(<PostingFacts reading={reading} catalog={catalog} />);
  return reading;
}

describe('PostingFacts', () => {
  it('puts a Senior Director posting on the ladder and says the data has no figures for that exact level', () => {
    const reading = show('Senior Director, Customer Support', undefined, 'Albany, NY');
    expect(reading.level?.level).toBe('senior-director');
    expect(screen.getByRole('list', { name: 'Where this level sits' }).textContent).toBe('ManagerSenior ManagerAssociate DirectorDirectorSenior DirectorHead of');
    expect(document.querySelector('[aria-current="true"]')?.textContent).toBe('Senior Director');
    expect(screen.getByText('No figures in the data for exactly this level; none are scaled from another level.')).toBeTruthy();
  });

  it('names the figures the data has for exactly a Manager posting’s level, each labelled', () => {
    const reading = readPosting({ title: 'Customer Support Manager', location: 'Albany, NY' }, null, NEW_YORK, catalog.role('customer-support-manager'), catalog);
    render(<PostingFacts reading={reading} catalog={catalog} />);
    const level = document.querySelector('[data-fact="level"]')?.textContent ?? '';
    expect(level).toContain('The data has figures for this level: the Customer Support Manager figures above');
    expect(level).toContain('Customer Support Manager: US base · undated · $65K–$100K');
  });

  it('says the experience a Director posting asks beside the role’s typical years and their source (an open end yields no verdict)', () => {
    show('Director of Customer Support', 'You bring 5+ years of experience leading support teams.', 'Albany, NY');
    expect(document.querySelector('[data-fact="experience"]')?.textContent).toContain('This posting asks 5+ years; Customer Support Directors typically have 8–12 (seed 001).');
  });

  it('says New York State requires a pay range, with the size caveat and its source, when the posting states none', () => {
    const reading = show('Director of Customer Support', undefined, 'Albany, NY');
    expect(reading.transparency.status).toBe('required-missing');
    const fact = document.querySelector('[data-fact="pay-transparency"]')?.textContent ?? '';
    expect(fact).toContain('New York State');
    expect(fact).toContain('4 or more employees');
    expect(fact).toContain('This posting states none');
    expect(fact).toMatch(/Source: .+ \(read \d{4}-\d{2}-\d{2}\)\. Not legal advice\./);
  });

  it('says the rule is met when the posting states a range', () => {
    expect(show('Director of Customer Support', undefined, 'Albany, NY', '$150,000 - $180,000 a year').transparency.status).toBe('required-stated');
  });

  it('shows nothing where the posting says nothing and the place has no entry', () => {
    const reading = readPosting({ title: 'Customer Support Director', location: 'Portland, OR' }, null, { country: 'US', subdivision: 'US-OR', regionId: 'us', evidence: 'location' }, catalog.role('customer-support-director'), catalog);
    expect(reading.transparency).toEqual({ status: 'unknown', sentence: '' });
    const { container } = render(<PostingFacts reading={{ ...reading, level: null }} catalog={catalog} />);
    expect(container.textContent).toBe('');
  });
});
