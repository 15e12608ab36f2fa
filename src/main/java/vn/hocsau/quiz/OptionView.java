package vn.hocsau.quiz;

/** An option or ordering item as the learner sees it: its stable id and its text. */
public record OptionView(String id, String text) {}
