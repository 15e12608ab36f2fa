package vn.hocsau.course.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One highlightable language: an ordered list of token rules, tried left to right at each position
 * (the first rule that matches wins, so comments and strings come before keywords). The rules are
 * compiled into one alternation with a named group per rule.
 *
 * <p>Patterns are written so that a long string or comment costs a loop, not a stack frame per
 * character (possessive {@code *+}, no alternation inside repetition), since lesson code is
 * untrusted input.
 */
record CodeLanguage(List<String> names, List<Rule> rules, Pattern pattern) {

  /** The CSS class suffix of a token: {@code tok-kw}, {@code tok-str}, … */
  enum Token {
    KEYWORD("kw"),
    STRING("str"),
    COMMENT("com"),
    NUMBER("num"),
    KEY("key"),
    META("meta");

    final String css;

    Token(String css) {
      this.css = css;
    }
  }

  /** A token kind and the regular expression of its text (no capturing groups). */
  record Rule(Token token, String regex) {}

  private static final String DQ = "\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"?";
  private static final String SQ = "'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'?";
  private static final String C_COMMENT = "//[^\\n]*+|/\\*[\\s\\S]*?(?:\\*/|\\z)";
  private static final String NUMBER =
      "\\b(?:0[xX][0-9a-fA-F_]++|0[bB][01_]++|\\d[\\d_]*+(?:\\.\\d++)?(?:[eE][+-]?\\d++)?)[lLfFdDjJ]?\\b";

  private static final List<CodeLanguage> ALL =
      List.of(
          of(
              List.of("java"),
              new Rule(Token.COMMENT, C_COMMENT),
              new Rule(Token.STRING, "\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|" + DQ + "|" + SQ),
              new Rule(Token.META, "@[A-Za-z_]\\w*+"),
              new Rule(Token.NUMBER, NUMBER),
              new Rule(
                  Token.KEYWORD,
                  words(
                      "abstract assert boolean break byte case catch char class const continue"
                          + " default do double else enum extends final finally float for goto if"
                          + " implements import instanceof int interface long native new package"
                          + " private protected public record return short static strictfp super"
                          + " switch synchronized this throw throws transient try var void volatile"
                          + " while yield sealed permits true false null"))),
          of(
              List.of("python", "py"),
              new Rule(Token.COMMENT, "#[^\\n]*+"),
              new Rule(
                  Token.STRING,
                  "(?i:[rbuf]{0,2})(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)|"
                      + DQ
                      + "|"
                      + SQ
                      + ")"),
              new Rule(Token.META, "@[A-Za-z_][\\w.]*+"),
              new Rule(Token.NUMBER, NUMBER),
              new Rule(
                  Token.KEYWORD,
                  words(
                      "False None True and as assert async await break class continue def del"
                          + " elif else except finally for from global if import in is lambda"
                          + " nonlocal not or pass raise return try while with yield"))),
          of(
              List.of("json", "jsonc"),
              new Rule(Token.COMMENT, C_COMMENT),
              new Rule(Token.KEY, DQ + "(?=\\s*+:)"),
              new Rule(Token.STRING, DQ),
              new Rule(Token.NUMBER, "-?\\b\\d++(?:\\.\\d++)?(?:[eE][+-]?\\d++)?\\b"),
              new Rule(Token.KEYWORD, words("true false null"))),
          of(
              List.of("yaml", "yml"),
              new Rule(Token.COMMENT, "(?<![^\\s])#[^\\n]*+"),
              new Rule(Token.META, "(?m)^(?:---|\\.\\.\\.)(?=\\s|$)|[&*][A-Za-z_][\\w-]*+"),
              new Rule(Token.KEY, "(?<![^\\s\\[{,-])[A-Za-z_][\\w.-]*+(?=[ \\t]*+:(?:\\s|$))"),
              new Rule(Token.STRING, "(?<![^\\s\\[{,:-])(?:" + DQ + "|'[^'\\n]*+'?)"),
              new Rule(
                  Token.NUMBER, "(?<![\\w.-])-?\\d++(?:\\.\\d++)?(?:[eE][+-]?\\d++)?(?![\\w.:-])"),
              new Rule(
                  Token.KEYWORD,
                  "(?<![\\w-])(?:true|false|null|True|False|Null|TRUE|FALSE|NULL|~)(?![\\w-])")),
          of(
              List.of("bash", "sh", "shell", "zsh"),
              new Rule(Token.COMMENT, "(?<![^\\s;|&(])#[^\\n]*+"),
              new Rule(Token.STRING, "\"[^\"\\\\]*+(?:\\\\[\\s\\S][^\"\\\\]*+)*+\"?|'[^']*+'?"),
              new Rule(Token.META, "\\$(?:\\{[^}\\n]*+}?|[A-Za-z_]\\w*+|[0-9#?@*$!-])"),
              new Rule(Token.NUMBER, "(?<![\\w.-])\\d++(?![\\w.])"),
              new Rule(
                  Token.KEYWORD,
                  "(?<![\\w-])"
                      + words(
                          "if then else elif fi for while until do done case esac in function"
                              + " select return local export readonly declare set unset source"
                              + " exit shift break continue trap eval exec")
                      + "(?![\\w-])")));

  private static final Map<String, CodeLanguage> BY_NAME =
      ALL.stream()
          .flatMap(lang -> lang.names().stream().map(name -> Map.entry(name, lang)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** The language for a fence's info word such as {@code java} or {@code py}, if we know it. */
  static Optional<CodeLanguage> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The group name of rule {@code i} in {@link #pattern()}. */
  static String group(int i) {
    return "t" + i;
  }

  private static CodeLanguage of(List<String> names, Rule... rules) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < rules.length; i++) {
      regex.append(i == 0 ? "" : "|").append("(?<").append(group(i)).append('>');
      regex.append(rules[i].regex()).append(')');
    }
    return new CodeLanguage(names, List.of(rules), Pattern.compile(regex.toString()));
  }

  private static String words(String list) {
    return "\\b(?:" + String.join("|", list.split(" ")) + ")\\b";
  }
}
