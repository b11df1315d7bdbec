// The published jobs as the mock's API reports them, so specs compute what the board should
// show from the API itself instead of hard-coding counts. Also the search rules the board
// documents (case- and accent-folded, every query word a prefix of some job word).
import type { APIRequestContext } from '@playwright/test';
import { apiVersion, demoApiKey, mockOrigin } from './mock-server';

/** A department, location or role: the id the URL and the facet selects use, and its name. */
export interface Named {
  id: string;
  name: string;
}

export interface ApiLocation extends Named {
  city: string | null;
  country: string | null;
}

/** Published pay as the API sends it. */
export interface ApiPay {
  min: number | null;
  max: number | null;
  currency: string;
  /** hourly | daily | weekly | monthly | yearly, or null. */
  unit: string | null;
}

/** One published job, relationships resolved. */
export interface ApiJob {
  id: string;
  title: string;
  pitch: string;
  bodyHtml: string;
  department: Named | null;
  locations: ApiLocation[];
  role: Named | null;
  /** Wire value: none | temporary | hybrid | fully. */
  remoteStatus: string;
  languageCode: string | null;
  externalApplicationUrl: string | null;
  applyIframeUrl: string | null;
  /** The pay the job publishes (`min-salary`, `max-salary`, `currency`, `salary-time-unit`). */
  pay: ApiPay | null;
  /** The API page (size 30) the job came on, 1-based. */
  apiPage: number;
}

const PAGE_SIZE = 30;

function jobsUrl(pageNumber: number): string {
  const params = new URLSearchParams({
    api_key: demoApiKey,
    api_version: apiVersion,
    include: 'department,locations,role',
    'page[size]': String(PAGE_SIZE),
    'page[number]': String(pageNumber),
  });
  return `${mockOrigin}/v1/jobs?${params}`;
}

type Resource = {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  links?: Record<string, string>;
  relationships?: Record<string, { data: { id: string; type: string } | { id: string; type: string }[] | null }>;
};

/** Every published job, in API order, fetched page by page with the public key. */
export async function fetchPublishedJobs(request: APIRequestContext): Promise<ApiJob[]> {
  const jobs: ApiJob[] = [];
  for (let pageNumber = 1, pageCount = 1; pageNumber <= pageCount; pageNumber++) {
    const response = await request.get(jobsUrl(pageNumber));
    if (!response.ok()) throw new Error(`GET ${jobsUrl(pageNumber)} answered ${response.status()}`);
    const body = await response.json();
    pageCount = Number(body.meta['page-count']);
    const included = new Map<string, Resource>();
    for (const resource of (body.included ?? []) as Resource[]) {
      included.set(`${resource.type}/${resource.id}`, resource);
    }
    const named = (ref: { id: string; type: string } | null | undefined): Named | null => {
      if (!ref) return null;
      const resource = included.get(`${ref.type}/${ref.id}`);
      if (!resource) throw new Error(`job references ${ref.type}/${ref.id}, not included`);
      return { id: ref.id, name: String(resource.attributes.name) };
    };
    for (const job of body.data as Resource[]) {
      const relationships = job.relationships ?? {};
      const one = (name: string) => relationships[name]?.data as { id: string; type: string } | null;
      const locationRefs = (relationships.locations?.data ?? []) as { id: string; type: string }[];
      const attributes = job.attributes;
      jobs.push({
        id: job.id,
        title: String(attributes.title),
        pitch: String(attributes.pitch ?? ''),
        bodyHtml: String(attributes.body ?? ''),
        department: named(one('department')),
        locations: locationRefs.map((ref) => {
          const resource = included.get(`${ref.type}/${ref.id}`)!;
          return {
            id: ref.id,
            name: String(resource.attributes.name),
            city: (resource.attributes.city as string | null) ?? null,
            country: (resource.attributes.country as string | null) ?? null,
          };
        }),
        role: named(one('role')),
        remoteStatus: String(attributes['remote-status'] ?? 'none'),
        languageCode: (attributes['language-code'] as string | null) ?? null,
        externalApplicationUrl: (attributes['external-application-url'] as string | null) ?? null,
        applyIframeUrl: job.links?.['careersite-job-apply-iframe-url'] ?? null,
        pay: payOf(attributes),
        apiPage: pageNumber,
      });
    }
  }
  if (jobs.length === 0) throw new Error('the mock reports no published jobs');
  return jobs;
}

function payOf(attributes: Record<string, unknown>): ApiPay | null {
  const amount = (value: unknown) => (typeof value === 'number' ? value : null);
  const [min, max] = [amount(attributes['min-salary']), amount(attributes['max-salary'])];
  const currency = attributes.currency;
  if ((min === null && max === null) || typeof currency !== 'string') return null;
  return { min, max, currency, unit: (attributes['salary-time-unit'] as string | null) ?? null };
}

/** The facets of the board: URL parameter, select id, and the values a job has in it. */
export interface Facet {
  name: string;
  urlParam: string;
  selectId: string;
  valuesOf(job: ApiJob): string[];
}

export const FACETS: Facet[] = [
  {
    name: 'department',
    urlParam: 'tt_department',
    selectId: 'tt-facet-department',
    valuesOf: (job) => (job.department ? [job.department.id] : []),
  },
  {
    name: 'location',
    urlParam: 'tt_location',
    selectId: 'tt-facet-location',
    valuesOf: (job) => [...new Set(job.locations.map((location) => location.id))],
  },
  {
    name: 'role',
    urlParam: 'tt_role',
    selectId: 'tt-facet-role',
    valuesOf: (job) => (job.role ? [job.role.id] : []),
  },
  {
    name: 'remote status',
    urlParam: 'tt_remote',
    selectId: 'tt-facet-remote',
    valuesOf: (job) => [job.remoteStatus],
  },
  {
    name: 'language',
    urlParam: 'tt_language',
    selectId: 'tt-facet-language',
    valuesOf: (job) => (job.languageCode ? [job.languageCode] : []),
  },
];

/** Every value of `facet` that some job has, with the ids of the jobs that have it. */
export function facetValues(jobs: ApiJob[], facet: Facet): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  for (const job of jobs) {
    for (const value of facet.valuesOf(job)) {
      if (!values.has(value)) values.set(value, new Set());
      values.get(value)!.add(job.id);
    }
  }
  return values;
}

// Letters that Unicode decomposition does not reduce to ASCII, folded as the board does.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ĳ: 'ij', ı: 'i', ħ: 'h',
};

/** Lower-cased, diacritics stripped: "Göteborg" → "goteborg". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœłđðþĳıħ]/g, (letter) => SPECIAL_FOLDS[letter]);
}

/** Runs of letters and digits. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Visible text of a body: tags (and script/style content) become spaces, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[a-zA-Z/!?](?:"[^"]*"|'[^']*'|[^'">])*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[name]!,
    )
    .replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (_, code: string) =>
      String.fromCodePoint(code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code)),
    );
}

/** Title, department, locations (name, city, country) and role: what a reader sees in a row. */
export function visibleFieldsText(job: ApiJob): string {
  return [
    job.title,
    job.department?.name ?? '',
    job.role?.name ?? '',
    ...job.locations.flatMap((location) => [location.name, location.city ?? '', location.country ?? '']),
  ].join(' ');
}

/** Everything the board searches: the visible fields plus pitch and body text. */
export function searchableText(job: ApiJob): string {
  return `${visibleFieldsText(job)} ${job.pitch} ${htmlToText(job.bodyHtml)}`;
}

/** Whether every word of `query` is a prefix of some word of `text`, both folded. */
export function matchesQuery(text: string, query: string): boolean {
  const textWords = words(fold(text));
  return words(fold(query)).every((queryWord) => textWords.some((word) => word.startsWith(queryWord)));
}

/** The ids of `jobs`, sorted, for set comparisons. */
export function idsOf(jobs: Iterable<ApiJob>): string[] {
  return [...jobs].map((job) => job.id).sort();
}
