// Embed addresses for hosted lesson videos. The privacy-enhanced hosts set no cookies before play.
import type { LessonVideo } from '../schemas/lesson';

type HostedVideo = Exclude<LessonVideo, { provider: 'file' }>;

/** The player URL the facade loads when the reader presses play. */
export function videoEmbedUrl(video: HostedVideo): string {
  const id = encodeURIComponent(video.id);
  return video.provider === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`
    : `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`;
}
