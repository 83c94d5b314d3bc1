// The UI in the browser's language (English, German, French, Spanish) with numbers and money in the
// browser's locale; any other language gets English words and its own numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Badge } from '../../../components/Badge';
import { Popup } from '../../../components/Popup';
import { SettingsForm } from '../../../components/SettingsForm';
import { BOARD_SWITCHES, DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { figureQualifiers, formatMoney } from '../../../lib/data/format';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countryName, forgetUiLocale, ordinal, plural, t, uiTextLanguage } from '../../../lib/i18n/messages';
import { comparePostedPay } from '../../../lib/pay/compare';
import { parsePostedPay } from '../../../lib/pay/parse';
import { compareExperience } from '../../../lib/posting/experience';
import type { PostingPlace } from '../../../lib/place/place';
import { ROLE_LISTINGS } from '../../../lib/data/listings';
import { useUiLanguage } from '../ui-language';
import { catalog, noop, renderPanel, US } from './panel-setup';

const INDIA: PostingPlace = { country: 'IN', evidence: 'board-site' };
/** Text with the no-break spaces French and German formatting put in, as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const LOCALES = join(process.cwd(), 'public/_locales');
const messagesOf = (language: string): Record<string, Message> => JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8'));

describe('the message files', () => {
  const english = messagesOf('en');
  const languages = readdirSync(LOCALES);

  it('are English, German, French and Spanish', () => {
    expect(languages.sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each(['de', 'fr', 'es'])('%s has every English message, with the same placeholders, and names its own language', (language) => {
    const messages = messagesOf(language);
    expect(Object.keys(messages)).toEqual(Object.keys(english));
    for (const [name, entry] of Object.entries(english)) expect([name, messages[name]!.placeholders]).toEqual([name, entry.placeholders]);
    expect(messages.messagesLocale!.message).toBe(language);
    expect(messages.menuLookUp!.message).toContain('%s');
  });

  it.each(['en', 'de', 'fr', 'es'])('%s uses only placeholders it declares, and no stray "$"', (language) => {
    for (const [name, entry] of Object.entries(messagesOf(language))) {
      const declared = Object.keys(entry.placeholders ?? {});
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
      expect([name, used.filter((placeholder) => !declared.includes(placeholder))]).toEqual([name, []]);
      expect([name, entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '')]).not.toEqual([name, expect.stringContaining('$')]);
    }
  });

  it('uses, in English, every placeholder each message declares (translations may leave some out)', () => {
    for (const [name, entry] of Object.entries(english)) {
      const unused = Object.keys(entry.placeholders ?? {}).filter((placeholder) => !entry.message.toLowerCase().includes(`$${placeholder}$`));
      // The experience sentences offer the singular title too, for languages that phrase it "for the
      // role …", and all of them take the same substitutions (one with no typical years has none to say).
      const offered = name === 'experienceNoTypical' ? ['usual', 'role'] : name.startsWith('experience') ? ['role'] : [];
      expect([name, unused]).toEqual([name, offered]);
    }
  });

  it.each(['en', 'de', 'fr', 'es'])('%s keeps the extension description within the 132 characters stores allow', (language) => {
    expect(messagesOf(language).extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});


describe('the panel in German', () => {
  it('says its headings, labels and figures in German, with German numbers', () => {
    useUiLanguage('de-DE');
    const { container } = renderPanel('customer-service-manager', { postingTitle: 'Leiter Kundenservice (m/w/d)' });
    expect(screen.getByRole('heading', { name: 'Gehalt' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Typische Aufgaben' })).toBeTruthy();
    expect(container.querySelector('.rl-panel__recognised')?.textContent).toBe('Erkannt aus „Leiter Kundenservice (m/w/d)“');
    // BLS OEWS May 2024, SOC 43-1011, 10th–90th percentile: $43,920–$102,980.
    expect(plain(container.querySelector('.rl-lead__caption')?.textContent)).toBe('USA · Grundgehalt · 2024 · 10. bis 90. Perzentil');
    expect(plain(container.querySelector('.rl-bar__labels strong')?.textContent)).toBe('43.920 $–102.980 $');
    expect(screen.getByRole('button', { name: 'Panel einklappen' })).toBeTruthy();
  });

  it('keeps the posting title, the role title and the sources’ own words as written', () => {
    useUiLanguage('de');
    const { container } = renderPanel('customer-service-manager', { postingTitle: 'Customer Service Manager II' });
    expect(container.querySelector('.rl-panel__posting')?.textContent).toBe('Customer Service Manager II');
    expect(container.querySelector('.rl-panel__title')?.textContent).toBe('Customer Service Manager');
    expect(container.querySelector('.rl-duties li')?.textContent).toBe(catalog.role('customer-service-manager').duties.items[0]);
  });
});

describe('settings in German', () => {
  it('names the groups in German, and the countries too; a city keeps the data’s name', () => {
    useUiLanguage('de-DE');
    render(<SettingsForm settings={DEFAULT_SETTINGS} boards={BOARD_SWITCHES} regions={catalog.regions} onChange={noop} />);
    expect(screen.getByText('Panel anzeigen auf')).toBeTruthy();
    const options = [...screen.getByRole('combobox').querySelectorAll('option')].map((option) => option.textContent);
    expect(options).toEqual(['Nach dem Standort der Anzeige', 'Vereinigte Staaten', 'San Francisco Bay Area', 'Miami', 'Australien', 'Kanada', 'Indien', 'Vereinigtes Königreich']);
  });
});

describe('sentences in French and Spanish', () => {
  it('compares pay in French, with French money', () => {
    useUiLanguage('fr-FR');
    const pay = parsePostedPay('$60,000 - $75,000 a year', { country: 'US' })!;
    const comparison = comparePostedPay(pay, catalog.role('customer-service-manager'), US, catalog);
    expect(comparison.verdict).toBe('within');
    expect(plain(comparison.sentence)).toBe(
      'Dans la référence (fourchette É.-U. : 43,9 k $US–103 k $US) : les deux bornes de l’offre, 60 k $US et 75 k $US, sont dans la fourchette.',
    );
  });

  it('says in Spanish why Indian pay is not compared, naming India in Spanish', () => {
    useUiLanguage('es-ES');
    const pay = parsePostedPay('₹4,80,000 - ₹6,00,000 a year', { country: 'IN' })!;
    const comparison = comparePostedPay(pay, catalog.role('customer-support-manager'), INDIA, catalog);
    expect(comparison.verdict).toBe('not-compared');
    expect(comparison.sentence).toBe('Sin comparar: no hay cifra de salario base para el puesto de Customer Support Manager en este país (India).');
  });

  it('ends a sentence once when it ends on an abbreviation (Spanish "EE. UU.")', () => {
    useUiLanguage('es-ES');
    const { container } = renderPanel('customer-service-manager', {
      postingTitle: 'Customer Service Manager',
      wantedRegionIds: [],
      place: { country: 'KE', evidence: 'location' },
    });
    expect(plain(container.querySelector('.rl-regional__label')?.textContent)).toBe(
      'No hay cifras para el puesto de Customer Service Manager en este país (Kenia); se muestran como orientación las cifras de la región EE. UU.',
    );
  });

  it('counts years and ranks percentiles by each language’s rules', () => {
    useUiLanguage('fr');
    expect([plural('years', 0), plural('years', 1), plural('years', 5)]).toEqual(['0 an', '1 an', '5 ans']);
    const bls = catalog.role('customer-service-manager').salary.figures.find((figure) => figure.sourceId === 'bls-oews-2024-43-1011')!;
    expect(figureQualifiers(bls)[0]).toBe('du 10e au 90e centile');
    useUiLanguage('es');
    expect(figureQualifiers(bls)[0]).toBe('del 10.º al 90.º percentil');
    expect(plain(compareExperience({ min: 3, max: 3 }, { minYears: 8, maxYears: 12 }, 'Customer Support Director', 'seed 001'))).toBe(
      'Esta oferta requiere 3 años, menos de lo típico para el puesto de Customer Support Director: 8–12 años (seed 001).',
    );
    useUiLanguage('en-US');
    expect(figureQualifiers(bls)[0]).toBe('10th–90th percentile');
  });
});

describe('counts of one', () => {
  it('say "1 year" in every language, open-ended or not', () => {
    const ask = (min: number | undefined, max: number | undefined) => compareExperience({ min, max }, {}, 'Customer Support Director', '');
    useUiLanguage('en-US');
    expect(ask(undefined, 1)).toBe('This posting asks up to 1 year; the data gives no typical number of years for Customer Support Directors.');
    useUiLanguage('de-DE');
    expect(ask(1, undefined)).toBe('Diese Anzeige verlangt mindestens 1 Jahr; die Daten nennen keine typische Zahl an Jahren für die Rolle Customer Support Director.');
    expect(ask(undefined, 1)).toContain('bis zu 1 Jahr;');
    expect(ask(3, undefined)).toContain('mindestens 3 Jahre;');
    useUiLanguage('fr-FR');
    expect(ask(1, undefined)).toContain('au moins 1 an');
    useUiLanguage('es-ES');
    expect(ask(1, undefined)).toContain('al menos 1 año;');
  });
});

describe('without the browser’s i18n (a page outside the extension)', () => {
  it('still ranks percentiles and counts years, in English rules, and says what each message is', () => {
    fakeBrowser.i18n.getMessage = () => {
      throw new Error('no i18n here');
    };
    forgetUiLocale();
    expect(uiTextLanguage()).toBe('en');
    expect(() => ordinal(10)).not.toThrow();
    expect(() => plural('years', 1)).not.toThrow();
    expect(t('sectionPay')).toBe('sectionPay');
  });
});

describe('a language without a translation', () => {
  it('gets English words and its own numbers (Italian)', () => {
    useUiLanguage('it-IT');
    render(<Popup listings={ROLE_LISTINGS} copyText={async () => {}} />);
    expect(screen.getByLabelText('Look up a role')).toBeTruthy();
    const manager = screen.getAllByRole('option').find((option) => option.getAttribute('data-role-id') === 'customer-service-manager')!;
    expect(plain(manager.querySelector('.rl-result__range')?.textContent)).toBe('US base · 2024 · 43,9K USD–103K USD');
    expect(plain(formatMoney(2500000, 'EUR'))).toBe('2,5 Mln €');
  });

  it('names countries in the words’ language, and marks the words English (Italian)', () => {
    useUiLanguage('it-IT');
    expect(uiTextLanguage()).toBe('en');
    expect(countryName('US')).toBe('United States');
    const pay = parsePostedPay('₹4,80,000 - ₹6,00,000 a year', { country: 'IN' })!;
    expect(comparePostedPay(pay, catalog.role('customer-support-manager'), INDIA, catalog).sentence).toBe(
      'Not compared: no India base-pay figure for Customer Support Manager.',
    );
    render(<Badge role={catalog.role('customer-service-manager')} catalog={catalog} wantedRegionIds={['us']} onOpen={noop} />);
    expect(screen.getByRole('button').getAttribute('lang')).toBe('en');
  });

  it('marks a German badge German, whatever the page’s language', () => {
    useUiLanguage('de-DE');
    render(<Badge role={catalog.role('customer-service-manager')} catalog={catalog} wantedRegionIds={['us']} onOpen={noop} />);
    expect(screen.getByRole('button').getAttribute('lang')).toBe('de');
  });
});
