// Where the mock Teamtailor API listens during e2e runs, and what it reports about itself.
import type { APIRequestContext } from '@playwright/test';

/** The mock's port: E2E_PORT, or 18080. */
export const mockPort = Number(process.env.E2E_PORT ?? 18080);

/** The mock's origin; it serves dist/ at `/` and the API at `/v1/...`. */
export const mockOrigin = `http://127.0.0.1:${mockPort}`;

/** The port of the mock's demo company site (`--site-port`): E2E_SITE_PORT, or E2E_PORT + 1. */
export const sitePort = Number(process.env.E2E_SITE_PORT ?? mockPort + 1);

/**
 * The demo company site's origin, another origin than `mockOrigin`: its pages embed the board
 * with `<script src="${mockOrigin}/embed.js">` and use `mockOrigin` as API base.
 */
export const siteOrigin = `http://127.0.0.1:${sitePort}`;

/** The demo public key and API version the mock accepts. */
export const demoApiKey = 'demo-public-key';
export const apiVersion = '20240904';

/** The number of published jobs the mock's API reports (`meta["record-count"]`). */
export async function publishedJobCount(request: APIRequestContext): Promise<number> {
  const url =
    `${mockOrigin}/v1/jobs?page[size]=1&api_key=${demoApiKey}&api_version=${apiVersion}`;
  const response = await request.get(url);
  if (!response.ok()) {
    throw new Error(`GET ${url} answered ${response.status()}`);
  }
  const body = await response.json();
  const count = body?.meta?.['record-count'];
  if (typeof count !== 'number') {
    throw new Error(`GET ${url} has no numeric meta["record-count"]: ${JSON.stringify(body?.meta)}`);
  }
  return count;
}

/** The mock's request counters from `GET /__mock/stats`. */
export interface MockStats {
  requests: number;
  preflights: number;
  /** Requests per path (query excluded). */
  by_path: Record<string, number>;
}

/** How many of the counted requests went to the Teamtailor API (`/v1/...`). */
export function apiRequestCount(stats: MockStats): number {
  return Object.entries(stats.by_path ?? {})
    .filter(([path]) => path.startsWith('/v1/'))
    .reduce((sum, [, count]) => sum + count, 0);
}

export async function mockStats(request: APIRequestContext): Promise<MockStats> {
  const response = await request.get(`${mockOrigin}/__mock/stats`);
  if (!response.ok()) {
    throw new Error(`GET /__mock/stats answered ${response.status()}`);
  }
  return (await response.json()) as MockStats;
}

/**
 * An API base whose requests for `page[number]` > 1 answer `ms` milliseconds late (the mock's
 * `/__fault/later_pages_latency_ms=…` prefix); page 1 and `/v1/jobs/{id}` answer at once.
 */
export function laterPagesDelayedApiBase(ms: number): string {
  return `${mockOrigin}/__fault/later_pages_latency_ms=${ms}`;
}

/**
 * Serves the account as configured (0) or one edit later (1: a pitch changed, a newer job
 * published). Always put 0 back (afterEach/finally): the mock is shared by every spec.
 */
export async function setMockRevision(request: APIRequestContext, revision: 0 | 1): Promise<void> {
  const response = await request.put(`${mockOrigin}/__mock/revision/${revision}`);
  if (!response.ok()) {
    throw new Error(`PUT /__mock/revision/${revision} answered ${response.status()}`);
  }
}

/** One job as `GET /v1/jobs/{id}` answers it with the demo public key: status and fields. */
export interface ApiJobById {
  status: number;
  id: string;
  title: string;
  /** `attributes.status` where the API version has it (published, archived, …). */
  jobStatus: string | null;
  departmentId: string | null;
}

export async function fetchJobById(request: APIRequestContext, id: string): Promise<ApiJobById> {
  const params = new URLSearchParams({
    api_key: demoApiKey,
    api_version: apiVersion,
    include: 'department,locations,role',
  });
  const response = await request.get(`${mockOrigin}/v1/jobs/${encodeURIComponent(id)}?${params}`);
  if (!response.ok()) {
    return { status: response.status(), id, title: '', jobStatus: null, departmentId: null };
  }
  const body = await response.json();
  const department = body?.data?.relationships?.department?.data;
  return {
    status: response.status(),
    id: String(body.data.id),
    title: String(body.data.attributes.title),
    jobStatus: (body.data.attributes.status as string | undefined) ?? null,
    departmentId: department?.id ? String(department.id) : null,
  };
}
