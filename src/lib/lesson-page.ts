// What a lesson page derives from its lesson at build: its addresses, the handout's QR code, the
// share image and the JSON-LD. Pure, so LessonLayout computes it once and only renders it.
import { handoutDensity, type HandoutDensity, type HandoutText } from './handout';
import { HOME_OG_PATH, lessonOgPath } from './og-card';
import { qrSvg, type QrSvg } from './qr';
import { lessonPath, seriesPath } from './routes';
import { displayUrl, shortPathOf, type ShortLinkLesson } from './short-links';
import { lessonJsonLd, type JsonLd } from './structured-data';
import { siteIdentity } from './site-identity';

/** The lesson fields the page model reads. */
export interface LessonPageLesson {
  id: string;
  /** Published and past its date; only public lessons get a short link and their own share image. */
  isPublic: boolean;
  data: ShortLinkLesson['data'] &
    HandoutText & {
      publishDate: Date;
      updatedDate?: Date | undefined;
    };
}

/** What the page model needs besides the lesson. */
export interface LessonPageContext {
  series: { id: string; data: { title: string; description: string } };
  /** Titles of the lesson's topics, in page order. */
  topicTitles: readonly string[];
  /** The series short links point into (see shortLinkSeriesId). */
  shortLinkSeriesId: string | undefined;
  /** The site's public address (Astro.site). */
  site: URL | undefined;
}

/** A short link, as a path to link and as text to say aloud. */
export interface ShortLink {
  path: string;
  url: string;
  display: string;
}

/** Everything the lesson page shows or declares that is computed rather than written. */
export interface LessonPageModel {
  canonical: string;
  /** Only for published episodes of the short-link series. */
  shortLink: ShortLink | undefined;
  /** The printed handout's way back: the short link where there is one, else the canonical URL. */
  handout: { url: string; display: string; qr: QrSvg; home: string; density: HandoutDensity };
  /** Site path of the share image: the lesson's own once it is public, else the home image. */
  image: string;
  imageAlt: string;
  jsonLd: JsonLd;
}

/** The page model of one lesson. */
export function lessonPageModel(lesson: LessonPageLesson, context: LessonPageContext): LessonPageModel {
  const { series, site } = context;
  const { data } = lesson;
  const absolute = (path: string) => new URL(path, site).href;
  const canonical = absolute(lessonPath(lesson.id));
  const shortPath = lesson.isPublic ? shortPathOf(lesson, context.shortLinkSeriesId) : undefined;
  const shortLink: ShortLink | undefined = shortPath
    ? { path: shortPath, url: absolute(shortPath), display: displayUrl(absolute(shortPath)) }
    : undefined;
  const handoutUrl = shortLink?.url ?? canonical;
  const image = lesson.isPublic ? lessonOgPath(lesson.id) : HOME_OG_PATH;
  const jsonLd = lessonJsonLd(
    {
      url: canonical,
      title: data.title,
      summary: data.summary,
      image: absolute(image),
      publishDate: data.publishDate,
      updatedDate: data.updatedDate,
      episode: data.episode,
      keywords: context.topicTitles,
      series: { title: series.data.title, description: series.data.description, url: absolute(seriesPath(series.id)) },
    },
    siteIdentity(site),
  );
  return {
    canonical,
    shortLink,
    handout: {
      url: handoutUrl,
      display: displayUrl(handoutUrl),
      qr: qrSvg(handoutUrl),
      home: displayUrl(absolute('/')).replace(/\/$/, ''),
      density: handoutDensity(data),
    },
    image,
    imageAlt: `${series.data.title}, episode ${data.episode}: ${data.title}`,
    jsonLd,
  };
}
