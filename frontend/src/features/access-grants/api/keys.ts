import type { AccessGrantParams } from './types';

export const accessGrantKeys = {
  all: ['access-grants'] as const,
  lists: () => [...accessGrantKeys.all, 'list'] as const,
  list: (params: AccessGrantParams) => [...accessGrantKeys.lists(), params] as const,
};
