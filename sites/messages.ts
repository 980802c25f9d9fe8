// The typed messages between the content scripts and the service worker. Composer text travels
// only in an `analyze` request and its answer; the worker keeps nothing.
import type { AnalyzeInput, Finding } from '@/rules/types';

export interface AnalyzeRequest {
  type: 'replyrx:analyze';
  input: AnalyzeInput;
}

/** Sent when a composer gets focus, so a stopped service worker starts while the user begins to type. */
export interface WarmRequest {
  type: 'replyrx:warm';
}

export interface GuardSettings {
  /** Hold back sending while a block finding is present. */
  enabled: boolean;
  /** Offer "Post anyway" in the send-guard dialog. */
  allowPostAnyway: boolean;
}

export interface AnalyzeResponse {
  findings: Finding[];
  guard: GuardSettings;
  /** False when the practice turned ReplyRx off for this site. */
  siteEnabled: boolean;
}

export function isAnalyzeRequest(m: unknown): m is AnalyzeRequest {
  const r = m as AnalyzeRequest;
  return r?.type === 'replyrx:analyze' && typeof r.input?.text === 'string';
}

export function isWarmRequest(m: unknown): m is WarmRequest {
  return (m as WarmRequest)?.type === 'replyrx:warm';
}
