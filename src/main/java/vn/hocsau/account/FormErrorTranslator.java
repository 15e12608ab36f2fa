package vn.hocsau.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.web.FormErrors;

/** Turns account problems into messages in the language of the current request. */
@RequestScoped
public class FormErrorTranslator {

  @Inject CurrentLanguage language;

  /** The translated errors of {@code e}, by field. */
  public FormErrors translate(AccountException e) {
    Map<String, String> byField = new LinkedHashMap<>();
    e.problems().forEach((field, problem) -> byField.put(field, problem.message(language.get())));
    return new FormErrors(byField);
  }
}
