package vn.hocsau.quiz;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import vn.hocsau.content.QuizSettings;

/** One question of every type, for tests that need a whole quiz. */
final class SampleQuiz {

  private SampleQuiz() {}

  static Quiz quiz(QuizSettings settings) {
    return new Quiz(
        "intro-quiz",
        LocalizedText.of("Kiểm tra nhập môn", "Intro quiz"),
        settings,
        List.of(single(), multi(), numeric(), text(), ordering()));
  }

  static Quiz quiz() {
    return quiz(new QuizSettings(OptionalInt.of(3), 60, true, true));
  }

  static Question single() {
    return new Question(
        "activation",
        LocalizedText.of("Hàm kích hoạt nào phổ biến nhất?", "Which activation is most common?"),
        LocalizedText.of("ReLU rẻ và không bão hoà.", "ReLU is cheap and does not saturate."),
        1,
        new SingleChoice(
            List.of(
                new Option("relu", LocalizedText.same("ReLU"), LocalizedText.of("Đúng!", "Yes!")),
                new Option("step", LocalizedText.same("Step")),
                new Option("identity", LocalizedText.of("Đồng nhất", "Identity"))),
            "relu"));
  }

  static Question multi() {
    return new Question(
        "optimizers",
        LocalizedText.of("Chọn các thuật toán tối ưu.", "Pick the optimisers."),
        LocalizedText.of("SGD và Adam là thuật toán tối ưu.", "SGD and Adam are optimisers."),
        2,
        new MultiChoice(
            List.of(
                new Option("sgd", LocalizedText.same("SGD")),
                new Option("adam", LocalizedText.same("Adam")),
                new Option("dropout", LocalizedText.same("Dropout")),
                new Option("softmax", LocalizedText.same("Softmax"))),
            Set.of("sgd", "adam")));
  }

  static Question numeric() {
    return new Question(
        "learning-rate",
        LocalizedText.of("Tốc độ học mặc định của Adam?", "Adam's default learning rate?"),
        LocalizedText.same("0.001"),
        1,
        Numeric.absolute(0.001, 0.0001));
  }

  static Question text() {
    return new Question(
        "field",
        LocalizedText.of("Tên tiếng Việt của deep learning?", "Vietnamese for deep learning?"),
        LocalizedText.same("Học sâu."),
        1,
        new TextAnswer(
            List.of("Học sâu"),
            java.util.Optional.of(AnswerPattern.of("hoc\\s+may\\s+sau")),
            false));
  }

  static Question ordering() {
    return new Question(
        "pipeline",
        LocalizedText.of("Sắp xếp các bước.", "Order the steps."),
        LocalizedText.NONE,
        1,
        new Ordering(
            List.of(
                new Option("load", LocalizedText.of("Nạp dữ liệu", "Load data")),
                new Option("train", LocalizedText.of("Huấn luyện", "Train")),
                new Option("eval", LocalizedText.of("Đánh giá", "Evaluate")))));
  }
}
