/**
 * Public pages kept in memory for anonymous visitors ({@link
 * vn.hocsau.system.pagecache.PageCache}): features put the cache in front of a page ({@code
 * PageCache.route}) and render through it ({@code PageCache.render}). Kept pages are dropped when
 * PostgreSQL announces a course change (V64's {@code hocsau_course_changed} channel, heard by
 * {@link vn.hocsau.system.pagecache.CourseChangeListener}); the rules that keep a page from
 * outliving its data are {@link vn.hocsau.system.pagecache.PageStore}'s. Owns no table.
 */
package vn.hocsau.system.pagecache;
