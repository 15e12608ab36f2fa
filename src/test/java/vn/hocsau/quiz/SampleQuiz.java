package vn.hocsau.quiz;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuizSettings;

/** One question of every type, for tests that need a whole quiz. */
final class SampleQuiz {

  private SampleQuiz() {}

  static Quiz quiz(QuizSettings settings) {
    return new Quiz(
        "intro-quiz",
        BilingualText.of("Kiểm tra nhập môn", "Intro quiz"),
        settings,
        List.of(single(), multi(), numeric(), text(), ordering()));
  }

  static Quiz quiz() {
    return quiz(new QuizSettings(OptionalInt.of(3), 60, true, true));
  }

  static Question single() {
    return new Question(
        "activation",
        BilingualText.of("Hàm kích hoạt nào phổ biến nhất?", "Which activation is most common?"),
        BilingualText.of("ReLU rẻ và không bão hoà.", "ReLU is cheap and does not saturate."),
        1,
        new SingleChoice(
            List.of(
                new Option("relu", BilingualText.same("ReLU"), BilingualText.of("Đúng!", "Yes!")),
                new Option("step", BilingualText.same("Step")),
                new Option("identity", BilingualText.of("Đồng nhất", "Identity"))),
            "relu"));
  }

  static Question multi() {
    return new Question(
        "optimizers",
        BilingualText.of("Chọn các thuật toán tối ưu.", "Pick the optimisers."),
        BilingualText.of("SGD và Adam là thuật toán tối ưu.", "SGD and Adam are optimisers."),
        2,
        new MultiChoice(
            List.of(
                new Option("sgd", BilingualText.same("SGD")),
                new Option("adam", BilingualText.same("Adam")),
                new Option("dropout", BilingualText.same("Dropout")),
                new Option("softmax", BilingualText.same("Softmax"))),
            Set.of("sgd", "adam")));
  }

  static Question numeric() {
    return new Question(
        "learning-rate",
        BilingualText.of("Tốc độ học mặc định của Adam?", "Adam's default learning rate?"),
        BilingualText.same("0.001"),
        1,
        Numeric.absolute(0.001, 0.0001));
  }

  static Question text() {
    return new Question(
        "field",
        BilingualText.of("Tên tiếng Việt của deep learning?", "Vietnamese for deep learning?"),
        BilingualText.same("Học sâu."),
        1,
        new TextAnswer(
            List.of("Học sâu"),
            java.util.Optional.of(AnswerPattern.of("hoc\\s+may\\s+sau")),
            false));
  }

  static Question ordering() {
    return new Question(
        "pipeline",
        BilingualText.of("Sắp xếp các bước.", "Order the steps."),
        BilingualText.NONE,
        1,
        new Ordering(
            List.of(
                new Option("load", BilingualText.of("Nạp dữ liệu", "Load data")),
                new Option("train", BilingualText.of("Huấn luyện", "Train")),
                new Option("eval", BilingualText.of("Đánh giá", "Evaluate")))));
  }
}
