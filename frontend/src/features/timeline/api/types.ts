import type { components } from '@/api/generated/schema';

export type TimelineItem = components['schemas']['TimelineItem'];
export type TimelineChange = components['schemas']['TimelineChange'];
export type TimelinePage = components['schemas']['TimelinePage'];
