import type { components } from '@/api/generated/schema';

export type Contact = components['schemas']['Contact'];
export type ContactCreate = components['schemas']['ContactCreate'];
export type ContactPatch = components['schemas']['ContactPatch'];
export type ContactPage = components['schemas']['ContactPage'];
export type DecisionRole = components['schemas']['DecisionRole'];

export const DECISION_ROLES: DecisionRole[] = [
  'DECISION_MAKER',
  'INFLUENCER',
  'USER',
  'GATEKEEPER',
  'OTHER',
];
