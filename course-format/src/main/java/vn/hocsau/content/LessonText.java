package vn.hocsau.content;

import vn.hocsau.system.i18n.Language;

/**
 * One language version of a lesson: its front matter and its Markdown body, in normalized form
 * (UTF-8 repaired if needed, {@code \n} line ends, NFC).
 *
 * @param path the file, relative to {@code courses/}
 * @param minutes the author's estimate of reading time
 * @param markdown the body after the front matter, to be rendered
 * @param markdownLine the file line on which {@code markdown} starts, for renderer messages
 * @param contentHash SHA-256 (hex) of the whole normalized file
 * @param source the whole normalized file, front matter included, so that an export writes back
 *     exactly what was imported
 */
public record LessonText(
    Language language,
    String path,
    String title,
    int minutes,
    String markdown,
    int markdownLine,
    String contentHash,
    String source) {}
