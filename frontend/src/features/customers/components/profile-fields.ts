import type { Customer, CustomerKind } from '../api/types';

/** Who may carry a field: both kinds, or only organisations / individuals (the server agrees). */
export type FieldScope = 'COMMON' | 'ORGANIZATION' | 'INDIVIDUAL';
export type FieldInput =
  'text' | 'textarea' | 'date' | 'decimal' | 'integer' | 'money' | 'enum' | 'greetingDates';

export type ProfileFieldName = Exclude<
  keyof Customer,
  | 'id'
  | 'archiveNo'
  | 'kind'
  | 'region'
  | 'ownerId'
  | 'team'
  | 'status'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'profileTemplateIds'
  | 'customFields'
>;

export type ProfileFieldDef = {
  name: ProfileFieldName;
  scope: FieldScope;
  input: FieldInput;
  max?: number;
  /** Enumerated values; labels are `profiles.enums.<name>.<value>`. */
  values?: readonly string[];
  /** Takes the whole row of the form. */
  wide?: boolean;
  /** Stored in its own column so that it can be masked (see backend SensitiveFields). */
  sensitive?: boolean;
};

export type SectionKey =
  'basic' | 'contact' | 'registration' | 'finance' | 'characteristics' | 'individual';

export type ProfileSection = { key: SectionKey; scope: FieldScope; fields: ProfileFieldDef[] };

export const NATURES = [
  'GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED',
  'ENTERPRISE',
  'SPECIAL_RELATIONSHIP',
  'SELF_EMPLOYED',
  'TRADING_PARTNER',
] as const;
export const AREAS = ['EAST', 'WEST', 'SOUTH', 'NORTH'] as const;
export const URBAN_RURAL = ['URBAN', 'RURAL'] as const;
export const GENDERS = ['MALE', 'FEMALE'] as const;
export const ID_TYPES = [
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT_ID',
  'OTHER',
] as const;
export const INCOME_BANDS = [
  'BELOW_5K',
  'FROM_5K_TO_10K',
  'FROM_10K_TO_20K',
  'FROM_20K_TO_50K',
  'ABOVE_50K',
] as const;
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY'] as const;

const text = (name: ProfileFieldName, scope: FieldScope, max: number): ProfileFieldDef => ({
  name,
  scope,
  input: 'text',
  max,
});
const area = (name: ProfileFieldName, scope: FieldScope, max: number): ProfileFieldDef => ({
  name,
  scope,
  input: 'textarea',
  max,
  wide: true,
});

/** Every profile field of SPEC §3, grouped as the forms and the detail page show them. */
export const PROFILE_SECTIONS: ProfileSection[] = [
  {
    key: 'basic',
    scope: 'COMMON',
    fields: [
      text('name', 'COMMON', 200),
      text('shortName', 'COMMON', 100),
      { name: 'nature', scope: 'ORGANIZATION', input: 'enum', values: NATURES },
      text('creditCode', 'ORGANIZATION', 18),
      text('industry', 'COMMON', 100),
      text('businessCategory', 'COMMON', 100),
      text('sourceChannel', 'COMMON', 100),
      { name: 'firstTransactionDate', scope: 'COMMON', input: 'date' },
      area('notes', 'COMMON', 4000),
    ],
  },
  {
    key: 'contact',
    scope: 'COMMON',
    fields: [
      text('province', 'COMMON', 50),
      text('city', 'COMMON', 50),
      text('district', 'COMMON', 50),
      { name: 'area', scope: 'COMMON', input: 'enum', values: AREAS },
      { name: 'urbanRural', scope: 'COMMON', input: 'enum', values: URBAN_RURAL },
      text('postcode', 'COMMON', 6),
      { ...text('address', 'COMMON', 300), wide: true },
      text('phone', 'COMMON', 40),
      text('fax', 'ORGANIZATION', 40),
      text('email', 'COMMON', 200),
      text('website', 'ORGANIZATION', 300),
      { name: 'distanceKm', scope: 'COMMON', input: 'decimal' },
      text('noVisitTimes', 'COMMON', 500),
    ],
  },
  {
    key: 'registration',
    scope: 'ORGANIZATION',
    fields: [
      text('legalRepresentative', 'ORGANIZATION', 100),
      { name: 'establishedDate', scope: 'ORGANIZATION', input: 'date' },
      { name: 'registeredCapital', scope: 'ORGANIZATION', input: 'money' },
      { name: 'employeeCount', scope: 'ORGANIZATION', input: 'integer' },
      area('mainShareholders', 'ORGANIZATION', 1000),
      area('businessScope', 'ORGANIZATION', 2000),
      area('mainProducts', 'ORGANIZATION', 1000),
    ],
  },
  {
    key: 'finance',
    scope: 'ORGANIZATION',
    fields: [
      { name: 'annualRevenue', scope: 'ORGANIZATION', input: 'money' },
      text('bankName', 'ORGANIZATION', 200),
      { ...text('bankAccount', 'ORGANIZATION', 40), sensitive: true },
    ],
  },
  {
    key: 'characteristics',
    scope: 'ORGANIZATION',
    fields: [
      area('serviceArea', 'ORGANIZATION', 1000),
      area('salesCapability', 'ORGANIZATION', 1000),
      area('growthPotential', 'ORGANIZATION', 1000),
      area('culture', 'ORGANIZATION', 1000),
      area('policies', 'ORGANIZATION', 1000),
    ],
  },
  {
    key: 'individual',
    scope: 'INDIVIDUAL',
    fields: [
      { name: 'gender', scope: 'INDIVIDUAL', input: 'enum', values: GENDERS },
      { name: 'birthDate', scope: 'INDIVIDUAL', input: 'date' },
      { name: 'idType', scope: 'INDIVIDUAL', input: 'enum', values: ID_TYPES },
      { ...text('idNumber', 'INDIVIDUAL', 40), sensitive: true },
      { ...text('personalPhone', 'INDIVIDUAL', 40), sensitive: true },
      text('employer', 'INDIVIDUAL', 200),
      text('hometown', 'INDIVIDUAL', 100),
      { name: 'incomeBand', scope: 'INDIVIDUAL', input: 'enum', values: INCOME_BANDS },
      area('preferences', 'INDIVIDUAL', 2000),
      { name: 'greetingDates', scope: 'INDIVIDUAL', input: 'greetingDates', wide: true },
    ],
  },
];

export const fitsKind = (scope: FieldScope, kind: CustomerKind) =>
  scope === 'COMMON' || scope === kind;

/** The sections and fields a customer of this kind has. */
export function sectionsFor(kind: CustomerKind): ProfileSection[] {
  return PROFILE_SECTIONS.filter((s) => fitsKind(s.scope, kind)).map((s) => ({
    ...s,
    fields: s.fields.filter((f) => fitsKind(f.scope, kind)),
  }));
}

export const ALL_PROFILE_FIELDS: ProfileFieldDef[] = PROFILE_SECTIONS.flatMap((s) => s.fields);
