// The six role ids, used everywhere: UI, storage, messages, tests and DOM attributes.
export const ROLE_IDS = [
  'customer-support-director',
  'customer-support-manager',
  'customer-service-director',
  'customer-service-manager',
  'customer-care-director',
  'customer-care-manager',
] as const;
