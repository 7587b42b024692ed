package org.depder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.depder.server.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** docs/sync-api.md and the OpenAPI file name every error code the server can send. */
class ApiDocumentationTest {
  @Test
  void everyErrorCodeIsDocumented() throws Exception {
    String guide = Files.readString(Path.of("docs/sync-api.md"));
    String openApi = Files.readString(Path.of("docs/openapi/depder-sync-v1.yaml"));
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(openApi).as(code.wire()).contains("- " + code.wire() + "\n");
      if (ApiErrors.status(code) < 500 || code == ErrorCode.STORAGE || code == ErrorCode.INTERNAL) {
        assertThat(guide).as(code.wire()).contains("`" + code.wire() + "`");
      }
    }
    assertThat(openApi).contains("/v1/health:", "/v1/enrol:");
  }
}
