import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawRoleData from '../../../data/roles.json';
import {
  LEVEL_LABELS,
  LEVEL_ORDER,
  levelFigures,
  levelRank,
  MAX_TITLE_CHARS,
  postingLevel,
  type PostingLevelId,
} from '../../../lib/posting/level';
import { parseRoleData } from '../../../lib/data/validate';
import { readLabelledTitles } from '../titles';

const levelOf = (title: string) => postingLevel(title)?.level ?? null;

/**
 * Every title of tests/fixtures/titles-dev.tsv and titles-collected.tsv labelled as one of the six
 * roles (or "either"), with the level a careful reader gives it.
 */
const LABELLED_TITLE_LEVELS: [string, PostingLevelId | null][] = [
    ['Client Services Director', 'director'],
    ['Customer Service Manager', 'manager'],
    ['Call Center Manager', 'manager'],
    ['Call Center Director', 'director'],
    ['Customer Care Manager', 'manager'],
    ['Customer Service Director', 'director'],
    ['customer service manager, telecommunications', 'manager'],
    ['contact centre manager', 'manager'],
    ['customer service centre manager', 'manager'],
    ['night customer care manager', 'manager'],
    ['overnight customer care manager', 'manager'],
    ['client service manager', 'manager'],
    ['travel call centre manager', 'manager'],
    ['client services manager', 'manager'],
    ['call centre manager', 'manager'],
    ['customer centre manager', 'manager'],
    ['call centre director', 'director'],
    ['customer relations and service director', 'director'],
    ['Customer Service Manager (Highly Experience with 8 Figure ECOM BRANDS)', 'manager'],
    ['Director of Customer Care', 'director'],
    ['Sr. Manager, Global Customer Support', 'senior-manager'],
    ['Sr. Director, Global Customer Support', 'senior-director'],
    ['Remote Manager Customer Support', 'manager'],
    ['Technical Customer Support Manager', 'manager'],
    ['Manager Customer Support', 'manager'],
    ['Emerging Markets Customer Support Manager', 'manager'],
    ['Head of Customer Care', 'head'],
    ['Global Head of Customer Care', 'head'],
    ['Head of Customer Support (FinTech, Payments/Billings)', 'head'],
    ['Manager, Customer Support', 'manager'],
    ['Head of Customer Support', 'head'],
    ['Customer Support Manager', 'manager'],
    ['Customer Service & Logistics Manager', 'manager'],
    ['WATER CUSTOMER SERVICE MANAGER', 'manager'],
    ['WATER CUSTOMER SERVICE ASSISTANT MANAGER', 'assistant-manager'],
    ['Customer Service Manager 4', 'manager'],
    ['Technical Customer Support Manager - US', 'manager'],
    ['Customer Service Manager (US/Canada)', 'manager'],
    ['Director of Customer Support', 'director'],
    ['Director Customer Support', 'director'],
    ['Director, Global Customer Care', 'director'],
    ['Customer Service Sr Director', 'senior-director'],
    ['Senior Director of Customer Support', 'senior-director'],
    ['Manager, Customer Care', 'manager'],
    ['Senior Manager of Customer Support', 'senior-manager'],
    ['SCM Customer Service Manager', 'manager'],
    ['JCM112: Customer Service Manager', 'manager'],
    ['Manager – Customer Services and Operations', 'manager'],
    ['Manager, PPAC Customer Care & Operations', 'manager'],
    ['CUSTOMER CARE MANAGER at Dr Martens', 'manager'],
    ['Customer Care Team Manager', 'manager'],
    ['Customer Care Manager - State Farm Agent Team Member', 'manager'],
    ['Global Customer Care Director', 'director'],
    ['Director of Global Customer Care', 'director'],
    ['Customer Care Director', 'director'],
    ['Head of Customer Service', 'head'],
    ['Head of Customer Service, North America', 'head'],
    ['Global Head of Customer Support', 'head'],
    ['Senior Customer Support Manager', 'senior-manager'],
    ['Contact Center Manager', 'manager'],
    ['Director of Customer Service', 'director'],
    ['Customer Support Director', 'director'],
    ['Customer Support Senior Manager', 'senior-manager'],
    ['Director of Client Services', 'director'],
    ['Director of Customer Service Operations', 'director'],
    ['Customer Services Manager', 'manager'],
    ['Call Center Customer Service Manager', 'manager'],
    ['Social Media Customer Support Manager', 'manager'],
    ['Retail Customer Service Manager', 'manager'],
    ['Customer Service Operations Manager', 'manager'],
    ['Sr. Manager, Customer Support Operations', 'senior-manager'],
    ['Sr. Manager, Customer Support', 'senior-manager'],
    ['Sr. Manager, Customer Support and Trust & Safety, Swimply', 'senior-manager'],
    ['5582 Customer Service Manager', 'manager'],
    ['Senior Director, Customer Care Operations', 'senior-director'],
    ['Associate Director, Customer Care', 'associate-director'],
    ['Director, Customer Care Operations', 'director'],
    ['Director, Customer Care Product Operations', 'director'],
    ['Director, Customer Care', 'director'],
    ['Customer Care Manager (Tata Motors Official)', 'manager'],
    ['Tata Motors OEM Territory Customer Care Manager (Indore Cluster)', 'manager'],
    ['OEM Customer Care Manager (CCM)', 'manager'],
    ['Global Customer Services Manager', 'manager'],
    ['Head of Customer Support Operations', 'head'],
    ['Customer Support Head', 'head'],
    ['Customer Support Manager (CSM)', 'manager'],
    ['Aviation Customer Service Manager', 'manager'],
    ['Airport Customer Service Operations Manager', 'manager'],
    ['Banking Customer Service Manager', 'manager'],
    ['Banking Customer Services Manager', 'manager'],
    ['E-Commerce Customer Service Manager', 'manager'],
    ['Customer Service Manager (Ecommerce)', 'manager'],
    ['Senior Manager, Customer Care', 'senior-manager'],
    ['Senior Manager, Customer Care - Work from Home in Texas', 'senior-manager'],
    ['Senior Manager, Customer Support', 'senior-manager'],
    ['Director, Customer Support', 'director'],
    ['Senior Director, Customer Support', 'senior-director'],
    ['Sr. Director, Customer Support Services', 'senior-director'],
    ['Senior Director, Customer Support and Training', 'senior-director'],
    ['Customer Service Senior Manager', 'senior-manager'],
    ['Sr. Director, Customer Service', 'senior-director'],
    ['Director, Customer Service Operations', 'director'],
    ['Director, Customer Services', 'director'],
    ['Deputy Director, Customer Services Division', 'deputy-director'],
    ['Head of Customer Care Department', 'head'],
    ['Dental call center manager', 'manager'],
    ['CS & Customer Support Director', 'director'],
    ['Customer Services Director', 'director'],
    ['HMRC Customer Services Director', 'director'],
    ['Head of Customer Services', 'head'],
    ['Head of Customer Services (HCS)', 'head'],
    ['Director of Customer Services', 'director'],
    ['Deputy Director of Customer Services', 'deputy-director'],
    ['Director of Customer Services and Communications, Staffordshire County Council', 'director'],
    ['Customer Service Director, Amphenol', 'director'],
    ['Senior Customer Care Manager', 'senior-manager'],
    ['senior customer care manager call center', 'senior-manager'],
    ['Customer Care Center Manager', 'manager'],
    ['Asst. Manager, Customer Care', 'assistant-manager'],
    ['Customer Care Head', 'head'],
    ['Director Customer Care', 'director'],
    ['Director Customer Care Operations', 'director'],
    ['Director Contact Center Operations', 'director'],
    ['Director of Call Center Operations', 'director'],
    ['Director Client Services', 'director'],
    ['Customer Support Manager - Eastern Europe, Full Time', 'manager'],
    ['Customer Support Manager - Remote', 'manager'],
    ['Sales & Customer Support Manager', 'manager'],
    ['Senior Customer Service Manager', 'senior-manager'],
    ['Customer Service Manager (CSM)', 'manager'],
    ['Assistant Customer Service Manager', 'assistant-manager'],
    ['Assistant Customer Service Manager - Al Agha Restaurant', 'assistant-manager'],
    ['Publix Assistant Customer Service Manager', 'assistant-manager'],
    ['Customer Service Team Manager', 'manager'],
    ['Customer Support Team Manager', 'manager'],
    ['Customer Support Operations Manager', 'manager'],
    ['Senior Customer Support Operations Manager', 'senior-manager'],
    ['Customer Support Operations Manager (Regional)', 'manager'],
    ['E-Commerce Customer Support Operations Manager', 'manager'],
    ['Customer Service Call Center Manager / GUI Programmer', 'manager'],
    ['Territory Manager - Customer Care', 'manager'],
    ['Manager - Customer Care', 'manager'],
    ['Regional Manager - Customer Care', 'manager'],
    ['Manager - Customer Services', 'manager'],
    ['Manager - Customer Service', 'manager'],
    ['Assistant Manager - Customer Service', 'assistant-manager'],
    ['Assistant Manager - Customer Service & Export Documentation', 'assistant-manager'],
    ['Assistant Manager - Customer Service & Corporate Affairs', 'assistant-manager'],
    ['Manager - Customer Support', 'manager'],
    ['Assistant Manager - Customer Support', 'assistant-manager'],
    ['Senior Manager - Customer Support', 'senior-manager'],
    ['Head of Customer Support at Celigo | Trust architect | Kindness advocate', 'head'],
    ['Director of Customer Support, Vanta', 'director'],
    ['Contact Center Director', 'director'],
    ['Contact Center Manager - Insurance Operations', 'manager'],
  // Vietnamese, the English in brackets: no rung word outside the brackets.
  ['Giám đốc trung tâm CSKH (Contact Center Director)', null],
];

describe('postingLevel on the labelled real titles', () => {
  const labelled = [...readLabelledTitles('titles-dev.tsv'), ...readLabelledTitles('titles-collected.tsv')].filter((row) => row.label !== 'none');

  it('holds only real labelled titles', () => {
    const real = new Set(labelled.map((row) => row.title));
    expect(LABELLED_TITLE_LEVELS.length).toBeGreaterThan(150);
    expect(LABELLED_TITLE_LEVELS.filter(([title]) => !real.has(title))).toEqual([]);
  });

  it.each(LABELLED_TITLE_LEVELS)('%s → %s', (title, level) => {
    expect(levelOf(title)).toBe(level);
  });

  it('puts every title labelled as a Manager role on a manager rung and every Director role on a director or head rung', () => {
    const inTable = new Set(LABELLED_TITLE_LEVELS.map(([title]) => title));
    for (const row of labelled.filter((candidate) => inTable.has(candidate.title))) {
      const level = levelOf(row.title);
      if (level === null) continue;
      const role = row.label.replace(/^either:/, '');
      if (role.endsWith('-manager')) expect(level, row.title).toMatch(/manager$/);
      else expect(level, row.title).toMatch(/(director|head)$/);
    }
  });

  it('gives the words that decided, as written, and notes scope without moving the rung', () => {
    expect(postingLevel('Sr. Manager, Global Customer Support')).toEqual({ level: 'senior-manager', words: ['Sr', 'Manager'], scope: ['Global'], unranked: [] });
    expect(postingLevel('Global Head of Customer Care')).toEqual({ level: 'head', words: ['Head', 'of'], scope: ['Global'], unranked: [] });
    expect(postingLevel('Regional Manager - Customer Care')).toEqual({ level: 'manager', words: ['Manager'], scope: ['Regional'], unranked: [] });
    expect(postingLevel('Customer Support Operations Manager (Regional)')).toMatchObject({ level: 'manager', scope: ['Regional'] });
    expect(postingLevel('Director of Global Customer Care')).toMatchObject({ level: 'director', scope: ['Global'] });
    expect(postingLevel('Customer Service Manager 4')).toEqual({ level: 'manager', words: ['Manager'], scope: [], unranked: ['4'] });
    expect(postingLevel('WATER CUSTOMER SERVICE ASSISTANT MANAGER')).toMatchObject({ level: 'assistant-manager', words: ['ASSISTANT', 'MANAGER'] });
    expect(postingLevel('Associate Director, Customer Care')).toMatchObject({ level: 'associate-director', words: ['Associate', 'Director'] });
    expect(postingLevel('Deputy Director of Customer Services')).toMatchObject({ level: 'deputy-director', words: ['Deputy', 'Director'] });
    // "Corporate Affairs" is a department, not the post's scope.
    expect(postingLevel('Assistant Manager - Customer Service & Corporate Affairs')).toMatchObject({ scope: [] });
  });

  it.each([
    // Real titles labelled "none" in the same tables: vice presidents and team leads are no rung.
    'VP Customer Service',
    'VP of Customer Experience (Europe)',
    'SVP Customer Service',
    'EVP Customer Service',
    'Vice President of Customer Success',
    'Customer Support Team Lead',
    'Team Lead of Customer Support',
    'Lead - Customer Support',
    'SaaS Customer Support Team Leader',
    'Call Center Supervisor',
    'Customer Service Representative',
    'Chief Customer Satisfaction Officer (CCSO)',
  ])('%s → null', (title) => {
    expect(postingLevel(title)).toBeNull();
  });
});

/**
 * Real German, French, Spanish, Portuguese, Italian and Dutch titles labelled as one of the six
 * roles, as collected (with their sources) in tests/fixtures/titles-multilingual.tsv, and the level
 * a careful reader gives each. Copied here so the table does not move with that file.
 */
const MULTILINGUAL_TITLE_LEVELS: [string, PostingLevelId | null][] = [
    ['Leiter Kundenservice', 'head'],
    ['Leiterin Kundenservice', 'head'],
    ['Leiterin Kundenservice Verkehrsrecht', 'head'],
    ['Leiterin Kundenservice Web bei Somedia Production AG', 'head'],
    ['Abteilungsleiter Kundenservice', 'head'],
    ['Abteilungsleiterin Kundenservicecenter', 'head'],
    ['Leitung Kundenservice', 'head'],
    ['Kundenservice-Leiter', 'head'],
    ['Kundenservice-Leiterin', 'head'],
    ['Kundenservice-Leiterin, Mode GmbH', 'head'],
    ['Leiter Kundendienst', 'head'],
    ['Kundendienstleiter', 'head'],
    ['Kundendienstleiterin', 'head'],
    ['Regionalleiter Kundendienst', 'head'],
    ['Leiter Kundenbetreuung', 'head'],
    ['Kundenservice Managerin', 'manager'],
    ['Kundenservice Manager', 'manager'],
    ['Senior Kundenservice Manager', 'senior-manager'],
    ['Head of Kundenservice-Team', 'head'],
    ['Manager eCommerce, IT & Kundenservice', 'manager'],
    ['Leiter Callcenter', 'head'],
    ['Leiter Servicecenter', 'head'],
    ['Directeur du Service Clients', 'director'],
    ['Directeur du service client et Réservation', 'director'],
    ['Le Directeur du Service Client', 'director'],
    ['directeur du service clientèle', 'director'],
    ['Directeur Service Client', 'director'],
    ['Directeur Service Clients', 'director'],
    ['Directeur Service Client / Dir. Conformité', 'director'],
    ['Directrice Service Client', 'director'],
    ['Directrice Service Client e-commerce', 'director'],
    ['Directrice Service Client · Optimus Retail', 'director'],
    ['Directrice Service Client, AXA', 'director'],
    ['Responsable Service Clients', 'manager'],
    ['Responsable Service Clients - L’Oréal Luxe France', 'manager'],
    ['Responsable service clients (CRM, fidélisation)', 'manager'],
    ['Responsable Service Client', 'manager'],
    ['Responsable du service client', 'manager'],
    ['Responsable du Service Clients GR', 'manager'],
    ['manager du service clients', 'manager'],
    ['Responsable Relation Client', 'manager'],
    ['Directeur Relation Client, Doctolib', 'director'],
    ['Directeur Relation Clients', 'director'],
    ['Gerente de Atención al Cliente', 'manager'],
    ['Miguel Torres - Gerente de Atención al Cliente', 'manager'],
    ['Jefe de Atención al Cliente', 'manager'],
    ['Jefe de Atención al Cliente y Sucursales', 'manager'],
    ['Director de Atención al Cliente', 'director'],
    ['Subdirector de Atención al Cliente', 'deputy-director'],
    ['Gerente de Servicio al Cliente', 'manager'],
    ['Gerente de Servicio al Cliente, RetailPlus', 'manager'],
    ['Jefe de Servicio al Cliente', 'manager'],
    ['JEFE DE SERVICIO AL CLIENTE', 'manager'],
    ['Jefe de Servicio al Cliente Omnicanal IA | Supermercados | Retail | Ecommerce', 'manager'],
    ['Responsable de Atención al Cliente', 'manager'],
    ['Jefe de SAC', 'manager'],
    ['Gerente de Atendimento ao Cliente', 'manager'],
    ['Gerente de Atendimento', 'manager'],
    ['Gerente de Atendimento, ShopTech', 'manager'],
    ['Gerente de Atendimento Sênior', 'senior-manager'],
    ['Diretor de Atendimento', 'director'],
    ['Diretor de atendimento', 'director'],
    ['Diretor de Atendimento e Vendas', 'director'],
    ['Diretora de Atendimento', 'director'],
    ['Sócia Diretora de Atendimento', 'director'],
    ['Head de Atendimento', 'head'],
    ['Head de Atendimento ao Cliente', 'head'],
    ['Head de Atendimento — Grupo Carvalt', 'head'],
    ['Head de Atendimento corporativo', 'head'],
    ['Gerente de Suporte ao Cliente', 'manager'],
    ['Gerente de SAC', 'manager'],
    ['Responsabile servizio clienti', 'manager'],
    ['Responsabile Servizio Clienti', 'manager'],
    ['Responsabile Servizio Clienti, TechItalia', 'manager'],
    ['Responsabile del servizio clienti', 'manager'],
    ['Responsabile del servizio clienti (Person to person)', 'manager'],
    ['Responsabile Customer Care', 'manager'],
    ['Responsabile Customer Service', 'manager'],
    ['responsabile assistenza clienti', 'manager'],
    ['Responsabile Assistenza Clienti & Presidio Sistemistico', 'manager'],
    ['Manager Klantenservice', 'manager'],
    ['Klantenservice Manager', 'manager'],
    ['Klantenservicemanager', 'manager'],
    ['Hoofd klantenservice', 'head'],
    ['Hoofd Klantenservice', 'head'],
    ['Directeur Klantenservice', 'director'],
    ['Manager Klantcontact', 'manager'],
    ['Hoofd Klantcontact', 'head'],
    ['Callcentermanager', 'manager'],
    ['Chef de Service Clientèle', 'manager'],
    ['CHEF DE SERVICE CLIENTÈLE & DISTRIBUTION', 'manager'],
    ['Chef de service client', 'manager'],
    ['Gerente de Soporte al Cliente', 'manager'],
    ['Responsável de apoio ao cliente', 'manager'],
    ['Responsabile supporto clienti', 'manager'],
    ['responsabile del customer service', 'manager'],
    ['Responsabile Relazioni Clienti', 'manager'],
    ['Responsabile Call Center', 'manager'],
    ['Klantenservicechef', 'manager'],
];

describe('postingLevel on real titles in the six other languages', () => {
  it.each(MULTILINGUAL_TITLE_LEVELS)('%s → %s', (title, level) => {
    expect(levelOf(title)).toBe(level);
  });

  it.each([
    // Real titles of the same collection labelled "none": team leads and supervisors are no rung.
    'Teamleiter Kundenservice (m/w/d)',
    'Teamleitung Kundenservice',
    'Teamleiter Service Center (m/w/d)',
    'Superviseur Service Client',
    'Supervisor de Atención al Cliente',
    'Coordenador de Atendimento ao Cliente',
    'Líder de Customer Happiness (Atendimento ao Cliente)',
    'Operatore Servizio Clienti',
  ])('%s → null', (title) => {
    expect(postingLevel(title)).toBeNull();
  });
});

describe('postingLevel: the ladder words in English', () => {
  it.each<[string, PostingLevelId | null]>([
    ['Customer Service Manager II', 'manager'],
    ['Customer Service Manager III', 'manager'],
    ['Customer Support Manager Level 2', 'manager'],
    ['Associate Manager, Customer Support', 'associate-manager'],
    ['Deputy Customer Services Manager', 'deputy-manager'],
    ['Assistant Director of Customer Service', 'assistant-director'],
    ['Senior Associate Director, Customer Care', 'associate-director'],
    ['Senior Assistant Manager - Customer Service', 'assistant-manager'],
    ['Group Customer Service Director', 'director'],
    ['Regional Director, Customer Support', 'director'],
    ['Interim Director of Customer Care', 'director'],
    ['Acting Head of Customer Service', 'head'],
    ['Deputy Head of Customer Service', 'deputy-head'],
    ['Assistant Head of Customer Services', 'deputy-head'],
    ['Senior Head of Customer Support', 'head'],
    ['Executive Director, Customer Service', 'director'],
    ['Co-Head of Customer Support', 'head'],
    ['Head Office Customer Service Manager', 'manager'],
    ['Managing Director', null],
    ['Lead Customer Service Manager', 'manager'],
  ])('%s → %s', (title, level) => {
    expect(levelOf(title)).toBe(level);
  });

  it('notes the words that do not move the rung', () => {
    expect(postingLevel('Customer Service Manager II')?.unranked).toEqual(['II']);
    expect(postingLevel('Interim Director of Customer Care')?.unranked).toEqual(['Interim']);
    expect(postingLevel('Executive Director, Customer Service')?.unranked).toEqual(['Executive']);
    expect(postingLevel('Senior Assistant Manager - Customer Service')).toMatchObject({ words: ['Assistant', 'Manager'], unranked: ['Senior'] });
    expect(postingLevel('Senior Head of Customer Support')).toMatchObject({ words: ['Head', 'of'], unranked: ['Senior'] });
  });
});

describe('postingLevel in German, French, Spanish, Portuguese, Italian and Dutch', () => {
  // Each language's ladder words in its usual title wording, for the ranks the real titles above
  // do not show (deputies, associates, team leads).
  it.each<[string, PostingLevelId | null]>([
    // German
    ['Leiter Kundenservice (m/w/d)', 'head'],
    ['Leiterin Kundenservice', 'head'],
    ['Leitung Kundenservice (m/w/d)', 'head'],
    ['Abteilungsleiter Kundenservice', 'head'],
    ['Stellvertretender Leiter Kundenservice (m/w/d)', 'deputy-head'],
    ['Teamleiter Kundenservice (m/w/d)', null],
    ['Senior Manager Customer Service (m/w/d)', 'senior-manager'],
    ['Direktor Kundenservice', 'director'],
    ['Manager Kundenservice (m/w/d)', 'manager'],
    // French
    ['Directeur du Service Client', 'director'],
    ['Directrice Relation Client (H/F)', 'director'],
    ['Directeur adjoint du service client', 'deputy-director'],
    ['Sous-directeur de la relation client', 'deputy-director'],
    ['Directeur associé Service Client', 'associate-director'],
    ['Responsable Service Client (H/F)', 'manager'],
    ['Responsable adjoint du service client', 'deputy-manager'],
    ['Manager Service Client', 'manager'],
    ['Directeur Régional Service Client', 'director'],
    // Spanish
    ['Director de Atención al Cliente', 'director'],
    ['Directora de Servicio al Cliente', 'director'],
    ['Director Adjunto de Atención al Cliente', 'deputy-director'],
    ['Subdirector de Atención al Cliente', 'deputy-director'],
    ['Gerente de Atención al Cliente', 'manager'],
    ['Gerente Sénior de Servicio al Cliente', 'senior-manager'],
    ['Subgerente de Servicio al Cliente', 'deputy-manager'],
    ['Jefe de Atención al Cliente', 'manager'],
    ['Jefe de equipo de Atención al Cliente', null],
    ['Responsable de Atención al Cliente', 'manager'],
    // Portuguese
    ['Diretor de Atendimento ao Cliente', 'director'],
    ['Diretora Adjunta de Atendimento', 'deputy-director'],
    ['Gerente de Atendimento ao Cliente', 'manager'],
    ['Gerente Sênior de Suporte ao Cliente', 'senior-manager'],
    ['Coordenador de Atendimento', null],
    // Italian
    ['Direttore Customer Service', 'director'],
    ['Vice Direttore Servizio Clienti', 'deputy-director'],
    ['Vicedirettore Customer Care', 'deputy-director'],
    ['Responsabile Customer Care', 'manager'],
    ['Responsabile Servizio Clienti', 'manager'],
    ['Capo Servizio Clienti', 'manager'],
    ['Chef de service client', 'manager'],
    ["Chef d'équipe service client", null],
    ['Caposquadra Customer Service', null],
    // Dutch
    ['Hoofd Klantenservice', 'head'],
    ['Afdelingshoofd Klantenservice', 'head'],
    ['Manager Klantenservice', 'manager'],
    ['Directeur Klantenservice', 'director'],
    ['Adjunct-directeur Klantenservice', 'deputy-director'],
    ['Plaatsvervangend hoofd Klantenservice', 'deputy-head'],
    ['Klantenservicemanager', 'manager'],
    ['Gerente de Atendimento Sênior', 'senior-manager'],
    ['Directeur du service client adjoint', 'deputy-director'],
    ['Teamleider Klantenservice', null],
    ['Senior Manager Klantenservice', 'senior-manager'],
  ])('%s → %s', (title, level) => {
    expect(levelOf(title)).toBe(level);
  });

  it('gives the decisive words in the language’s own order', () => {
    expect(postingLevel('Directeur adjoint du service client')?.words).toEqual(['Directeur', 'adjoint']);
    expect(postingLevel('Gerente Sénior de Servicio al Cliente')?.words).toEqual(['Gerente', 'Sénior']);
    expect(postingLevel('Subdirector de Atención al Cliente')?.words).toEqual(['Subdirector']);
    expect(postingLevel('Hoofd Klantenservice')?.words).toEqual(['Hoofd']);
  });
});

describe('the ladder', () => {
  it('orders the levels from assistant manager to head, each with a label', () => {
    expect(LEVEL_ORDER).toEqual([
      'assistant-manager', 'associate-manager', 'deputy-manager', 'manager', 'senior-manager',
      'assistant-director', 'associate-director', 'deputy-director', 'director', 'senior-director',
      'deputy-head', 'head',
    ]);
    expect(Object.keys(LEVEL_LABELS).sort()).toEqual([...LEVEL_ORDER].sort());
    expect(LEVEL_LABELS['senior-manager']).toBe('Senior Manager');
    expect(LEVEL_LABELS['associate-director']).toBe('Associate Director');
    expect(levelRank('manager')).toBeLessThan(levelRank('senior-manager'));
    expect(levelRank('senior-manager')).toBeLessThan(levelRank('associate-director'));
    expect(levelRank('associate-director')).toBeLessThan(levelRank('deputy-director'));
    expect(levelRank('deputy-director')).toBeLessThan(levelRank('director'));
    expect(levelRank('director')).toBeLessThan(levelRank('senior-director'));
    expect(levelRank('senior-director')).toBeLessThan(levelRank('head'));
  });

  it('never throws and returns only ladder values, on arbitrary and on huge titles', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (title) => {
        const read = postingLevel(title);
        if (read) {
          expect(LEVEL_ORDER).toContain(read.level);
          expect(read.words.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
    const started = performance.now();
    expect(levelOf(`${'Senior '.repeat(40_000)}Manager`)).toBeNull();
    expect(levelOf(`Senior Manager ${'x'.repeat(200_000)}`)).toBe('senior-manager');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(MAX_TITLE_CHARS).toBe(300);
    for (const value of [undefined, null, 7, {}]) expect(postingLevel(value as unknown as string)).toBeNull();
  });
});

describe('levelFigures', () => {
  const data = parseRoleData(rawRoleData);

  it('gives seed 001’s Customer Support Manager range for the rung below a Customer Support Director posting', () => {
    const figures = levelFigures('manager', 'customer-support-director', data);
    expect(figures).toMatchObject({ level: 'manager', title: 'Customer Support Manager', roleId: 'customer-support-manager', hasFigures: true });
    expect(figures.related).toEqual([
      { title: 'Customer Support Manager', min: 65000, max: 100000, currency: 'USD', region: 'us', basis: 'base', sourceId: 'seed-001', listedUnder: 'customer-support-director' },
    ]);
  });

  it('gives seed 004’s Customer Care Manager range, and none for Customer Service (seed 003 lists none)', () => {
    const care = levelFigures('manager', 'customer-care-manager', data);
    expect(care.roleId).toBe('customer-care-manager');
    expect(care.related.map((range) => [range.title, range.min, range.max, range.sourceId])).toEqual([['Customer Care Manager', 60000, 88000, 'seed-004']]);
    const service = levelFigures('manager', 'customer-service-director', data);
    expect(service).toMatchObject({ title: 'Customer Service Manager', roleId: 'customer-service-manager', related: [], hasFigures: true });
  });

  it('points a Director posting at the data’s Director role, which for Customer Care has no pay figure', () => {
    expect(levelFigures('director', 'customer-support-director', data)).toMatchObject({ roleId: 'customer-support-director', related: [], hasFigures: true });
    expect(levelFigures('director', 'customer-care-director', data)).toMatchObject({ roleId: 'customer-care-director', related: [], hasFigures: false });
  });

  it.each<PostingLevelId>(['assistant-manager', 'associate-manager', 'deputy-manager', 'senior-manager', 'assistant-director', 'associate-director', 'deputy-director', 'senior-director', 'deputy-head', 'head'])(
    'has no figure for exactly %s: none is scaled from a neighbouring rung',
    (level) => {
      for (const role of data.roles) {
        const figures = levelFigures(level, role, data);
        expect(figures.roleId).toBeUndefined();
        expect(figures.related).toEqual([]);
        expect(figures.hasFigures).toBe(false);
      }
    },
  );

  it('names the exact title it looked for', () => {
    expect(levelFigures('senior-manager', 'customer-support-manager', data).title).toBe('Senior Customer Support Manager');
    expect(levelFigures('associate-director', 'customer-care-director', data).title).toBe('Associate Customer Care Director');
    expect(levelFigures('head', 'customer-service-director', data).title).toBe('Head of Customer Service');
    expect(levelFigures('deputy-head', 'customer-service-director', data).title).toBe('Deputy Head of Customer Service');
  });

  it('matches a related title only when it is exactly that level in that family', () => {
    const withExtra = {
      roles: data.roles.map((role) =>
        role.id === 'customer-support-director'
          ? {
              ...role,
              relatedRoles: [
                ...role.relatedRoles,
                { title: 'Senior Customer Support Manager', min: 90000, max: 130000, currency: 'USD', region: 'us', basis: 'base' as const, sourceId: 'seed-001' },
                { title: 'Senior Customer Support Manager, EMEA', min: 1, max: 2, currency: 'USD', region: 'us', basis: 'base' as const, sourceId: 'seed-001' },
                { title: 'Customer Support Engineering Manager', min: 1, max: 2, currency: 'USD', region: 'us', basis: 'base' as const, sourceId: 'seed-001' },
              ],
            }
          : role,
      ),
    };
    const senior = levelFigures('senior-manager', 'customer-support-director', withExtra);
    expect(senior.related.map((range) => range.title)).toEqual(['Senior Customer Support Manager']);
    expect(senior.hasFigures).toBe(true);
    expect(levelFigures('senior-manager', 'customer-care-director', withExtra).related).toEqual([]);
    expect(levelFigures('manager', 'customer-support-director', withExtra).related.map((range) => range.title)).toEqual(['Customer Support Manager']);
  });
});
