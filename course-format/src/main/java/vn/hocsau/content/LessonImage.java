package vn.hocsau.content;

import java.nio.file.Path;

/**
 * An image that a lesson references, stored next to the lessons of its module.
 *
 * @param reference the path as lessons write it, relative to the module folder ({@code
 *     img/neuron.svg}); it never leaves the module folder
 * @param path the file, relative to {@code courses/}
 * @param file the file on disk, for the importer to copy or serve
 * @param contentHash SHA-256 (hex) of the file's bytes
 */
public record LessonImage(String reference, String path, Path file, String contentHash) {}
