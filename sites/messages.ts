// The typed messages between the content scripts, the popup and the service worker. Composer text
// travels only in an `analyze` request and its answer; the worker keeps nothing but counts.
import type { AnalyzeInput, Finding, Site } from '@/rules/types';
import { isCounter, type Counter } from './stats';

export interface AnalyzeRequest {
  type: 'replyrx:analyze';
  input: AnalyzeInput;
}

/** Sent when a composer gets focus, so a stopped service worker starts while the user begins to type. */
export interface WarmRequest {
  type: 'replyrx:warm';
}

/** Adds one to each counter for today (sites/stats.ts). Names of counters only, never text. */
export interface CountRequest {
  type: 'replyrx:count';
  counters: Counter[];
}

/** Sent by the popup to the tab's content script, which answers with a StatusResponse. */
export interface StatusRequest {
  type: 'replyrx:status';
}

export interface StatusResponse {
  /** The site adapter running in the tab. */
  site: Site;
  /** The tab's host (business.facebook.com, pro.x.com…): the popup names the product. */
  host: string;
}

export interface GuardSettings {
  /** Hold back sending while a block finding is present. */
  enabled: boolean;
  /** Offer "Post anyway" in the send-guard dialog. */
  allowPostAnyway: boolean;
}

/** What the card offers staff besides the findings. */
export interface CardSettings {
  /** "Never flag this name" on person-name findings (sites/added-names.ts). */
  canAddNames: boolean;
  /** The practice has no name or phone yet: the card links to the setup. */
  setupNeeded: boolean;
}

export interface AnalyzeResponse {
  findings: Finding[];
  guard: GuardSettings;
  card: CardSettings;
  /** False when the practice turned ReplyRx off for this site. */
  siteEnabled: boolean;
}

/** "Never flag this name" from the card: the name only, never the message around it. */
export interface AllowNameRequest {
  type: 'replyrx:allow-name';
  name: string;
}

/** Opens the practice setup (the welcome part of the options page), which a web page cannot link to. */
export interface OpenSetupRequest {
  type: 'replyrx:open-setup';
}

export function isAnalyzeRequest(m: unknown): m is AnalyzeRequest {
  const r = m as AnalyzeRequest;
  return r?.type === 'replyrx:analyze' && typeof r.input?.text === 'string';
}

export function isWarmRequest(m: unknown): m is WarmRequest {
  return (m as WarmRequest)?.type === 'replyrx:warm';
}

export function isCountRequest(m: unknown): m is CountRequest {
  const r = m as CountRequest;
  return r?.type === 'replyrx:count' && Array.isArray(r.counters) && r.counters.every(isCounter);
}

export function isStatusRequest(m: unknown): m is StatusRequest {
  return (m as StatusRequest)?.type === 'replyrx:status';
}

export function isAllowNameRequest(m: unknown): m is AllowNameRequest {
  const r = m as AllowNameRequest;
  return r?.type === 'replyrx:allow-name' && typeof r.name === 'string';
}

export function isOpenSetupRequest(m: unknown): m is OpenSetupRequest {
  return (m as OpenSetupRequest)?.type === 'replyrx:open-setup';
}
