package org.cbm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
import org.cbm.EmbeddedMongoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI description, open to everyone, lists every operation of the HTTP API. */
@EmbeddedMongoTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ObjectMapper json;

    @Test
    void everyApiOperationIsDescribed() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        JsonNode paths = json.readTree(body).get("paths");
        Set<String> described = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern))));

        assertThat(served).contains("GET /api/v1/metrics/marketplace").hasSizeGreaterThan(40);
        assertThat(described).containsAll(served);
    }
}
