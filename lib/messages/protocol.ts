// Messages between the extension's parts, validated with zod on receipt.
import { z } from 'zod/mini';
import { GET_POSTING, START_PANEL } from './names';
import { ROLE_IDS } from '../data/role-ids';

export const getPostingRequestSchema = z.object({ type: z.literal(GET_POSTING) });

/** What the content script reports about the active tab: the recognised posting, or null. */
export const postingReportSchema = z.nullable(
  z.object({ roleId: z.enum(ROLE_IDS), postingTitle: z.string().check(z.maxLength(500)) }),
);

export type PostingReport = z.infer<typeof postingReportSchema>;

export const startPanelRequestSchema = z.object({ type: z.literal(START_PANEL) });
