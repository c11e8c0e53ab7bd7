// schema.org JSON-LD: the site as an Organization and WebSite, a lesson as an Article that is
// part of a CreativeWorkSeries. Pure; serializeJsonLd makes the result safe inside <script>.
import { truncateText } from './text-fit';

/** Google shows at most 110 characters of an Article headline. */
const HEADLINE_MAX = 110;

/** A JSON-LD node. */
export type JsonLd = Record<string, unknown>;

/** The site's identity, shared by every node that names the publisher. */
export interface SiteIdentity {
  name: string;
  description: string;
  /** Absolute origin, e.g. https://market-driven.pages.dev/ */
  url: string;
  /** Absolute URL of the logo image. */
  logo: string;
}

const organizationId = (site: SiteIdentity) => `${site.url}#organization`;

/** The Organization and WebSite nodes, for the home page. */
export function siteJsonLd(site: SiteIdentity): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': organizationId(site), name: site.name, url: site.url, logo: site.logo },
      {
        '@type': 'WebSite',
        '@id': `${site.url}#website`,
        name: site.name,
        description: site.description,
        url: site.url,
        inLanguage: 'en',
        publisher: { '@id': organizationId(site) },
      },
    ],
  };
}

/** What the Article node needs from a lesson. */
export interface ArticleInput {
  url: string;
  title: string;
  summary: string;
  image: string;
  publishDate: Date;
  updatedDate?: Date | undefined;
  episode: number;
  keywords: readonly string[];
  series: { title: string; description: string; url: string };
}

/** A lesson as an Article, episode N of its CreativeWorkSeries. */
export function lessonJsonLd(lesson: ArticleInput, site: SiteIdentity): JsonLd {
  const publisher = {
    '@type': 'Organization',
    '@id': organizationId(site),
    name: site.name,
    url: site.url,
    logo: site.logo,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${lesson.url}#article`,
    mainEntityOfPage: lesson.url,
    url: lesson.url,
    headline: truncateText(lesson.title, HEADLINE_MAX),
    name: lesson.title,
    description: lesson.summary,
    image: lesson.image,
    datePublished: lesson.publishDate.toISOString(),
    dateModified: (lesson.updatedDate ?? lesson.publishDate).toISOString(),
    inLanguage: 'en',
    keywords: lesson.keywords.join(', '),
    position: lesson.episode,
    author: publisher,
    publisher,
    isPartOf: {
      '@type': 'CreativeWorkSeries',
      name: lesson.series.title,
      description: lesson.series.description,
      url: lesson.series.url,
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as Unicode
 * escapes so no content can close the script element or open a comment; the JSON is unchanged.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
