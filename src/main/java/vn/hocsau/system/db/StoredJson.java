package vn.hocsau.system.db;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.Map;
import vn.hocsau.content.BilingualText;
import vn.hocsau.system.i18n.Language;

/**
 * The JSON form of content read from {@code courses/} and stored in a column (a quiz, the learning
 * path). Rows keep the JSON of their import until their file changes, so the form must not change:
 * a {@link BilingualText} is stored as {@code {"texts":{"VI":…,"EN":…}}}, its written languages
 * only, as it has been since the first import.
 */
public final class StoredJson {

  private StoredJson() {}

  /** A new mapper for stored content; callers may add mix-ins of their own types. */
  public static ObjectMapper mapper() {
    SimpleModule texts = new SimpleModule("bilingual-text");
    texts.addSerializer(BilingualText.class, new TextWriter());
    texts.addDeserializer(BilingualText.class, new TextReader());
    return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(texts);
  }

  private static final class TextWriter extends JsonSerializer<BilingualText> {
    @Override
    public void serialize(BilingualText text, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      out.writeObjectFieldStart("texts");
      for (Map.Entry<Language, String> entry : text.texts().entrySet()) {
        out.writeStringField(entry.getKey().name(), entry.getValue());
      }
      out.writeEndObject();
      out.writeEndObject();
    }
  }

  private static final class TextReader extends JsonDeserializer<BilingualText> {
    @Override
    public BilingualText deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      JsonNode texts = in.<JsonNode>readValueAsTree().path("texts");
      return BilingualText.of(text(texts, Language.VI), text(texts, Language.EN));
    }

    private static String text(JsonNode texts, Language language) {
      JsonNode text = texts.get(language.name());
      return text == null || text.isNull() ? null : text.asText();
    }
  }
}
