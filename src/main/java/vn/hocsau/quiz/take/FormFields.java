package vn.hocsau.quiz.take;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The fields of the current request's form, every value in order. The CSRF filter has already read
 * the form, so its data is taken from the request rather than read from the body again.
 */
final class FormFields {

  private FormFields() {}

  static Map<String, List<String>> current() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    FormData form = CurrentRequestManager.get().getFormData();
    if (form == null) {
      return fields;
    }
    for (String name : form) {
      List<String> values = new ArrayList<>();
      for (FormValue value : form.get(name)) {
        if (!value.isFileItem()) {
          values.add(value.getValue());
        }
      }
      fields.put(name, values);
    }
    return fields;
  }
}
