/**
 * Public pages kept in memory for anonymous visitors ({@link
 * vn.hocsau.system.pagecache.PageCache}): features put the cache in front of a page ({@code
 * PageCache.route}) and render through it ({@code PageCache.render}). Kept pages are dropped when
 * PostgreSQL announces a change to what they show (V64's {@code hocsau_course_changed} and V65's
 * {@code hocsau_board_changed} channels, heard by {@link
 * vn.hocsau.system.pagecache.ChangeListener}), or when the clock reaches the instant a page was
 * kept until (a board's deadline); the rules that keep a page from outliving its data are {@link
 * vn.hocsau.system.pagecache.PageStore}'s. Owns no table.
 */
package vn.hocsau.system.pagecache;
