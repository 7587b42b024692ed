package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every value of every case enum has a label in every language, and no two values share a key. */
class CaseLabelsTest {
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyEnumValueHasItsOwnLabel(Language language) throws Exception {
    Messages messages = Messages.load(language);
    for (Class<?> labels : new Class<?>[] {CaseLabels.class, ReferralLabels.class}) {
      for (Method m : labels.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 1) {
          continue;
        }
        Class<?> type = m.getParameterTypes()[0];
        assertThat(type.isEnum()).as(m.getName()).isTrue();
        Set<String> keys = new HashSet<>();
        for (Object value : type.getEnumConstants()) {
          String key = (String) m.invoke(null, value);
          assertThat(keys.add(key)).as("%s %s", m.getName(), value).isTrue();
          assertThat(messages.text(key)).as(key).isNotBlank();
        }
      }
      for (var f : labels.getFields()) {
        assertThat(messages.text((String) f.get(null), "x")).as(f.getName()).isNotBlank();
      }
    }
  }
}
