package org.cbm.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every REST endpoint the application serves, as "METHOD /api/..." strings, for tests that must cover them all. */
final class ApiEndpoints {

    private ApiEndpoints() {
    }

    static Set<String> all(RequestMappingHandlerMapping handlerMapping) {
        return handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(path -> path.startsWith("/api/"))
                        .flatMap(path -> info.getMethodsCondition().getMethods().stream().map(method -> method + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
